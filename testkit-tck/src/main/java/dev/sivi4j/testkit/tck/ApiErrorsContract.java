package dev.sivi4j.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.KeyKind;
import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.error.AuthenticationException;
import dev.sivi4j.error.CreditLimitExceededException;
import dev.sivi4j.error.InvalidInputException;
import dev.sivi4j.error.PermissionDeniedException;
import dev.sivi4j.error.RateLimitedException;
import dev.sivi4j.error.ServerErrorException;
import dev.sivi4j.error.SiviApiException;
import dev.sivi4j.error.UserNotFoundException;
import dev.sivi4j.testkit.AccountSpec;
import dev.sivi4j.testkit.Fault;
import dev.sivi4j.testkit.FaultRule;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSiviServer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every documented error, as the fake Sivi service (or, for replies it never gives, a scripted server)
 * sends it: the exception type, its statuses and message, and how many requests were sent, since an
 * answer (400, 401, 403, 404, 422, 429 for credits) is never retried and an accident (429 rate limit,
 * 500, a proxy's 502) is.
 */
public abstract class ApiErrorsContract extends TransportContract {
  /**
   * For subclasses.
   *
   * @param transport the transport under test, fresh for this test
   */
  protected ApiErrorsContract(TransportUnderTest transport) {
    super(transport);
  }

  private FakeSiviServer fakeWith(KeyKind kind) {
    FakeSiviServer server = fakeServer();
    canaryAccount(server.fake(), kind);
    return server;
  }

  private <E extends SiviApiException> E fails(SiviClient sivi, Class<E> type, Function<SiviClient, Runnable> call) {
    return failure(run(call.apply(sivi)), type, RELAXED);
  }

  @Test
  void unknownUserIsUserNotFoundInBothDocumentedSpellings() {
    FakeSiviServer server = fakeWith(KeyKind.ENTERPRISE_ADMIN);
    SiviClient sivi = client(config(server.baseUri(), KeyKind.ENTERPRISE_ADMIN).build());

    UserNotFoundException exists = fails(sivi, UserNotFoundException.class, c -> () -> c.setCreditLimit(USER, CreditLimit.of(5)));
    UserNotFoundException exist = fails(sivi, UserNotFoundException.class, c -> () -> c.accountAnalysis(USER));

    assertThat(exists.serverMessage()).contains("User does not exists");
    assertThat(exist.serverMessage()).contains("User does not exist");
    assertThat(exists.statusCode()).isEqualTo(400);
    assertThat(exists.httpStatus()).hasValue(400);
    assertThat(exists.attempts()).isEqualTo(1);
    assertThat(exists.operation()).isEqualTo(Operation.SET_CREDIT_LIMIT);
    assertThat(requestsSeen(server)).isEqualTo(2);
  }

  @Test
  void notFoundStatusIsUserNotFound() {
    ScriptedSivi server = scripted(ScriptedSivi.error(404, "User not found"));

    UserNotFoundException error =
        fails(client(config(server.baseUri(), KeyKind.SUPER_USER).build()), UserNotFoundException.class, c -> () -> c.reactivateUser(USER));

    assertThat(error.statusCode()).isEqualTo(404);
    assertThat(error.serverMessage()).contains("User not found");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void unknownKeyIsAnAuthenticationFailureNotRetried() {
    FakeSiviServer server = fakeServer();
    SiviClient sivi = client(config(server.baseUri(), KeyKind.SUPER_USER).build());

    AuthenticationException error = fails(sivi, AuthenticationException.class, c -> () -> c.deleteUser(USER));

    assertThat(error.statusCode()).isEqualTo(401);
    assertThat(error.serverMessage()).hasValueSatisfying(m -> assertThat(m).contains("authenticate"));
    assertThat(error.getMessage()).doesNotContain(Canary.SUPER_USER_SECRET);
    assertThat(requestsSeen(server)).isEqualTo(1);
  }

  @Test
  void keyOfTheWrongKindIsPermissionDeniedNotRetried() {
    FakeSiviServer server = fakeServer();
    server.fake().createAccount(AccountSpec.of(FakeKeyKind.GENERAL).withSecret(Canary.SUPER_USER_SECRET));
    SiviClient sivi = client(config(server.baseUri(), KeyKind.SUPER_USER).build());

    PermissionDeniedException error = fails(sivi, PermissionDeniedException.class, c -> () -> c.loginUser(LoginUserRequest.of(USER)));

    assertThat(error.statusCode()).isEqualTo(403);
    assertThat(requestsSeen(server)).isEqualTo(1);
  }

  @Test
  void invalidInputIsNotRetried() {
    ScriptedSivi server = scripted(ScriptedSivi.error(422, "Invalid input"));

    InvalidInputException error =
        fails(client(config(server.baseUri(), KeyKind.SUPER_USER).build()), InvalidInputException.class, c -> () -> c.deleteUser(USER));

    assertThat(error.statusCode()).isEqualTo(422);
    assertThat(error.serverMessage()).contains("Invalid input");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void badRequestThatIsNotAboutTheUserIsInvalidInput() {
    ScriptedSivi server = scripted(ScriptedSivi.error(400, "brandColors must be hex colours"));

    InvalidInputException error =
        fails(client(config(server.baseUri(), KeyKind.SUPER_USER).build()), InvalidInputException.class,
            c -> () -> c.loginUser(LoginUserRequest.of(USER)));

    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void insufficientCreditIsSentExactlyOnce() {
    FakeSiviServer server = fakeWith(KeyKind.SUPER_USER);
    server.fake().faults().inject(FaultRule.of(Fault.status(429, "Insufficient credit limit")).always());
    SiviClient sivi = client(config(server.baseUri(), KeyKind.SUPER_USER).build());

    CreditLimitExceededException error =
        fails(sivi, CreditLimitExceededException.class, c -> () -> c.loginUser(LoginUserRequest.of(USER)));

    assertThat(error.statusCode()).isEqualTo(429);
    assertThat(error.attempts()).isEqualTo(1);
    assertThat(requestsSeen(server)).isEqualTo(1);
  }

  @Test
  void rateLimitIsRetriedToTheAttemptLimit() {
    FakeSiviServer server = fakeServer();
    server.fake().rateLimiting(true);
    server.fake().createAccount(AccountSpec.of(FakeKeyKind.SUPER_USER).withRequestsPerMinute(1).withSecret(Canary.SUPER_USER_SECRET));
    SiviClient sivi = client(config(server.baseUri(), KeyKind.SUPER_USER).build());
    success(call(() -> sivi.loginUser(LoginUserRequest.of(USER))), RELAXED);

    RateLimitedException error = fails(sivi, RateLimitedException.class, c -> () -> c.deleteUser(USER));

    assertThat(error.statusCode()).isEqualTo(429);
    assertThat(error.attempts()).isEqualTo(3);
    assertThat(error.retryAfter()).isEmpty();
    assertThat(requestsSeen(server)).isEqualTo(1 + 3);
  }

  @Test
  void serverErrorIsRetriedToTheAttemptLimit() {
    FakeSiviServer server = fakeWith(KeyKind.SUPER_USER);
    server.fake().faults().inject(FaultRule.of(Fault.status(500)).always());

    ServerErrorException error =
        fails(client(config(server.baseUri(), KeyKind.SUPER_USER).build()), ServerErrorException.class, c -> () -> c.deleteUser(USER));

    assertThat(error.statusCode()).isEqualTo(500);
    assertThat(error.serverMessage()).contains("Server internal error");
    assertThat(error.attempts()).isEqualTo(3);
    assertThat(requestsSeen(server)).isEqualTo(3);
  }

  @Test
  void serverErrorThenSuccessIsASuccess() {
    FakeSiviServer server = fakeWith(KeyKind.SUPER_USER);
    server.fake().faults().inject(FaultRule.of(Fault.status(503)).times(2));
    SiviClient sivi = client(config(server.baseUri(), KeyKind.SUPER_USER).build());

    success(call(() -> sivi.loginUser(LoginUserRequest.of(USER))), RELAXED);

    assertThat(requestsSeen(server)).isEqualTo(3);
  }

  @Test
  void proxyHtmlPageIsAServerErrorByHttpStatusAndRetried() {
    FakeSiviServer server = fakeWith(KeyKind.SUPER_USER);
    server.fake().faults().inject(FaultRule.of(Fault.htmlError(502)).always());

    ServerErrorException error =
        fails(client(config(server.baseUri(), KeyKind.SUPER_USER).build()), ServerErrorException.class, c -> () -> c.deleteUser(USER));

    assertThat(error.statusCode()).isEqualTo(502);
    assertThat(error.envelopeStatus()).isEmpty();
    assertThat(error.bodyExcerpt()).contains("nginx").hasSizeLessThanOrEqualTo(513);
    assertThat(requestsSeen(server)).isEqualTo(3);
  }

  @Test
  void envelopeStatusWinsOverTheHttpStatus() {
    ScriptedSivi notFound = scripted(ScriptedSivi.envelope(200, 400, "{\"message\":\"User does not exist\"}"));
    ScriptedSivi invalid = scripted(ScriptedSivi.envelope(500, 422, "{\"message\":\"Invalid input\"}"));

    UserNotFoundException gone =
        fails(client(config(notFound.baseUri(), KeyKind.SUPER_USER).build()), UserNotFoundException.class, c -> () -> c.deleteUser(USER));
    InvalidInputException refused =
        fails(client(config(invalid.baseUri(), KeyKind.SUPER_USER).build()), InvalidInputException.class, c -> () -> c.deleteUser(USER));

    assertThat(gone.httpStatus()).hasValue(200);
    assertThat(gone.envelopeStatus()).hasValue(400);
    assertThat(gone.statusCode()).isEqualTo(400);
    assertThat(refused.httpStatus()).hasValue(500);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(notFound.requests()).hasSize(1);
    assertThat(invalid.requests()).as("an envelope 422 is an answer, even under HTTP 500").hasSize(1);
  }
}
