package dev.sivi4j.transport.vertx;

import static dev.sivi4j.transport.vertx.StubSivi.envelope;
import static dev.sivi4j.transport.vertx.StubSivi.html;
import static dev.sivi4j.transport.vertx.StubSivi.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.error.AuthenticationException;
import dev.sivi4j.error.CreditLimitExceededException;
import dev.sivi4j.error.InvalidInputException;
import dev.sivi4j.error.PermissionDeniedException;
import dev.sivi4j.error.RateLimitedException;
import dev.sivi4j.error.ServerErrorException;
import dev.sivi4j.error.SiviApiException;
import dev.sivi4j.error.SiviException;
import dev.sivi4j.error.UserNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every documented error, as the service sends it, reaches the caller as its typed exception. */
class VertxSiviClientErrorsTest extends LoopbackTestBase {
  private static final AbstractUserId USER = AbstractUserId.of("user-12345");

  private Throwable deleteFails() throws Exception {
    return Await.failure(client(SUPER).deleteUser(USER));
  }

  @ParameterizedTest
  @ValueSource(strings = {"User does not exists", "User does not exist"})
  void notFoundIn400IsUserNotFoundInBothSpellings(String message) throws Exception {
    sivi.on("/super/delete-user", envelope(400, message));

    Throwable failure = deleteFails();

    assertThat(failure).isInstanceOf(UserNotFoundException.class);
    UserNotFoundException notFound = (UserNotFoundException) failure;
    assertThat(notFound.operation()).isEqualTo(Operation.DELETE_USER);
    assertThat(notFound.statusCode()).isEqualTo(400);
    assertThat(notFound.serverMessage()).contains(message);
    assertThat(notFound.attempts()).isEqualTo(1);
    assertThat(sivi.requests()).hasSize(1);
  }

  @Test
  void userNotFoundIn404IsUserNotFound() throws Exception {
    sivi.on("/super/delete-user", envelope(404, "User not found"));

    assertThat(deleteFails()).isInstanceOf(UserNotFoundException.class);
    assertThat(sivi.requests()).hasSize(1);
  }

  @Test
  void unauthorizedIsAnAuthenticationErrorAndIsNotRetried() throws Exception {
    sivi.on("/super/delete-user", envelope(401, "Failed to authenticate request. Please add sivi-api-key header in request"));

    Throwable failure = deleteFails();

    assertThat(failure).isInstanceOf(AuthenticationException.class);
    assertThat(failure.getMessage()).doesNotContain(SUPER_SECRET);
    assertThat(sivi.requests()).hasSize(1);
  }

  @Test
  void forbiddenIsPermissionDenied() throws Exception {
    sivi.on("/super/delete-user", envelope(403, "Forbidden"));

    assertThat(deleteFails()).isInstanceOf(PermissionDeniedException.class);
    assertThat(sivi.requests()).hasSize(1);
  }

  @Test
  void unprocessableIsInvalidInput() throws Exception {
    sivi.on("/super/delete-user", envelope(422, "Invalid input"));

    assertThat(deleteFails()).isInstanceOf(InvalidInputException.class);
    assertThat(sivi.requests()).hasSize(1);
  }

  @Test
  void insufficientCreditIsFinalAfterOneRequest() throws Exception {
    sivi.on("/super/set-user-credit-limit", envelope(429, "Insufficient credit limit"));

    Throwable failure = Await.failure(client(SUPER).setCreditLimit(USER, CreditLimit.of(5)));

    assertThat(failure).isInstanceOf(CreditLimitExceededException.class);
    assertThat(sivi.requests()).hasSize(1);
  }

  @Test
  void rateLimitIsRetriedThenReportedWithTheAttempts() throws Exception {
    sivi.on("/super/delete-user", envelope(429, "Rate limit exceeded. Please try again later."));

    Throwable failure = deleteFails();

    assertThat(failure).isInstanceOf(RateLimitedException.class);
    assertThat(((SiviException) failure).attempts()).isEqualTo(3);
    assertThat(sivi.requests()).hasSize(3);
  }

  @Test
  void serverErrorIsRetriedAndCanRecover() throws Exception {
    sivi.on(
        "/super/delete-user",
        envelope(500, "Server internal error"),
        envelope(200, "Successfully deleted the user"));

    assertThat(Await.result(client(SUPER).deleteUser(USER))).isNull();
    assertThat(sivi.requests()).hasSize(2);
  }

  @Test
  void persistentServerErrorFailsAfterEveryAttempt() throws Exception {
    sivi.on("/super/delete-user", envelope(500, "Server internal error"));

    Throwable failure = deleteFails();

    assertThat(failure).isInstanceOf(ServerErrorException.class);
    assertThat(((SiviApiException) failure).statusCode()).isEqualTo(500);
    assertThat(sivi.requests()).hasSize(3);
  }

  @Test
  void htmlBadGatewayMapsByHttpStatus() throws Exception {
    sivi.on("/super/delete-user", html(502, "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>"));

    Throwable failure = deleteFails();

    assertThat(failure).isInstanceOf(ServerErrorException.class);
    ServerErrorException error = (ServerErrorException) failure;
    assertThat(error.statusCode()).isEqualTo(502);
    assertThat(error.httpStatus()).hasValue(502);
    assertThat(error.bodyExcerpt()).contains("502 Bad Gateway");
  }

  @Test
  void envelopeStatusWinsOverHttpStatus() throws Exception {
    sivi.on("/super/delete-user", json(200, "{\"status\":400,\"body\":{\"message\":\"User does not exist\"}}"));

    Throwable failure = deleteFails();

    assertThat(failure).isInstanceOf(UserNotFoundException.class);
    SiviException error = (SiviException) failure;
    assertThat(error.httpStatus()).hasValue(200);
    assertThat(error.envelopeStatus()).hasValue(400);
  }
}
