package dev.sivi4j.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.sivi4j.domain.Operation;
import org.junit.jupiter.api.Test;

class ErrorContextTest {
  @Test
  void envelopeStatusDecidesWhenPresent() {
    assertThat(new ErrorContext(Operation.LOGIN_USER, 200, 400, 1, "").effectiveStatus()).isEqualTo(400);
    assertThat(new ErrorContext(Operation.LOGIN_USER, 502, 0, 1, "").effectiveStatus()).isEqualTo(502);
    assertThat(ErrorContext.withoutResponse(Operation.LOGIN_USER, 2).effectiveStatus()).isZero();
  }

  @Test
  void anApiErrorsStatusCodeIsItsContextsEffectiveStatus() {
    ErrorContext[] contexts = {
      new ErrorContext(Operation.LOGIN_USER, 200, 400, 1, ""),
      new ErrorContext(Operation.LOGIN_USER, 404, 0, 1, ""),
      new ErrorContext(Operation.LOGIN_USER, 500, 503, 2, ""),
      ErrorContext.withoutResponse(Operation.LOGIN_USER, 1)
    };
    for (ErrorContext context : contexts) {
      assertThat(new InvalidInputException(context, null).statusCode()).as("%s", context).isEqualTo(context.effectiveStatus());
    }
  }

  @Test
  void rejectsNegativeAttempts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ErrorContext(Operation.LOGIN_USER, 0, 0, -1, ""))
        .withMessage("attempts must not be negative (was -1)");
  }

  @Test
  void timeoutExceptionRejectsAKindThatIsNotATimeout() {
    ErrorContext context = ErrorContext.withoutResponse(Operation.LOGIN_USER, 1);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SiviTimeoutException(context, TransportErrorKind.CONNECTION_RESET, "x", null))
        .withMessage("CONNECTION_RESET is not a timeout kind");
  }

  @Test
  void messageNamesOperationAttemptsAndStatuses() {
    ErrorContext context = new ErrorContext(Operation.DELETE_USER, 200, 400, 3, "{}");
    UserNotFoundException e = new UserNotFoundException(context, "User does not exist");
    assertThat(e)
        .hasMessage("deleteUser failed after 3 attempts: user not found: User does not exist (HTTP 200, envelope status 400)");
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.bodyExcerpt()).isEqualTo("{}");
  }
}
