package dev.sivi4j.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.KeyKind;
import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.Timeouts;
import dev.sivi4j.error.AuthenticationException;
import dev.sivi4j.error.CreditLimitExceededException;
import dev.sivi4j.error.InvalidInputException;
import dev.sivi4j.error.RateLimitedException;
import dev.sivi4j.error.ServerErrorException;
import dev.sivi4j.error.SiviApiException;
import dev.sivi4j.error.SiviException;
import dev.sivi4j.error.SiviResponseException;
import dev.sivi4j.testkit.Fault;
import dev.sivi4j.testkit.FaultRule;
import dev.sivi4j.testkit.FakeSiviServer;
import dev.sivi4j.testkit.internal.http.HttpReply;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Faults F10 to F15, F18 and F19 of the fault catalogue: answers that arrive whole but are wrong, too
 * big or hostile. Each test is one cell of the fault matrix: the exception (or success), the exact
 * number of requests the server saw, the deadline, and no leaked connection.
 */
public abstract class ResponseFaultsContract extends TransportContract {
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;

  /**
   * For subclasses.
   *
   * @param transport the transport under test, fresh for this test
   */
  protected ResponseFaultsContract(TransportUnderTest transport) {
    super(transport);
  }

  private SiviClient clientFor(ScriptedSivi server) {
    return client(config(server.baseUri(), KeyKind.SUPER_USER).build());
  }

  private FakeSiviServer faulty(FaultRule rule) {
    FakeSiviServer server = fakeServer();
    canaryAccount(server.fake(), KeyKind.SUPER_USER);
    server.fake().faults().inject(rule);
    return server;
  }

  /** Logs in against a server that answers one reply, returning the outcome; one request is expected. */
  private Outcome<UserLogin> loginAgainst(HttpReply reply) {
    ScriptedSivi server = scripted(reply);
    Outcome<UserLogin> outcome = call(() -> clientFor(server).loginUser(LoginUserRequest.of(USER)));
    assertThat(server.requests()).as("requests for %s", reply).hasSize(1);
    return outcome;
  }

  private static SiviResponseException malformed(Outcome<?> outcome) {
    SiviResponseException error = failure(outcome, SiviResponseException.class, RELAXED);
    assertThat(error.reason()).isEqualTo(SiviResponseException.Reason.MALFORMED_BODY);
    assertThat(error.attempts()).isEqualTo(1);
    return error;
  }

  @Test
  void f10MalformedJsonOnSuccessIsADecodeErrorWithAnExcerpt() {
    FakeSiviServer server = faulty(FaultRule.of(Fault.malformedBody()).always());

    SiviResponseException error = malformed(call(() -> client(config(server.baseUri(), KeyKind.SUPER_USER).build())
        .loginUser(LoginUserRequest.of(USER))));

    assertThat(error.httpStatus()).hasValue(200);
    assertThat(error.bodyExcerpt()).startsWith("{\"status\"").hasSizeLessThanOrEqualTo(513);
    assertThat(error.getCause()).isNotNull();
    assertThat(requestsSeen(server)).isEqualTo(1);
  }

  @Test
  void f11WrongJsonShapesAreDecodeErrorsAndUnknownFieldsAreIgnored() {
    UserLogin login = success(loginAgainst(ScriptedSivi.json(200,
        "{\"status\":200,\"extra\":[1],\"body\":{\"accessToken\":\"at\",\"refreshToken\":\"rt\",\"workspaceId\":\"ws\","
            + "\"unknown\":{\"nested\":true}}}")), RELAXED);
    assertThat(login.user().workspaceId()).isEqualTo("ws");

    malformed(loginAgainst(ScriptedSivi.json(200, "{\"status\":200}")));
    malformed(loginAgainst(ScriptedSivi.json(200, "{\"status\":200,\"body\":{\"refreshToken\":\"rt\",\"workspaceId\":\"ws\"}}")));
    malformed(loginAgainst(ScriptedSivi.json(200, "[{\"status\":200}]")));
    malformed(loginAgainst(ScriptedSivi.json(200, "null")));
    malformed(loginAgainst(ScriptedSivi.json(200, "")));
    Outcome<UserLogin> numericMessage = loginAgainst(ScriptedSivi.json(400, "{\"status\":400,\"body\":{\"message\":42}}"));
    assertThat(numericMessage.error()).isInstanceOf(SiviException.class);
    assertThat(((SiviException) numericMessage.error()).attempts()).isEqualTo(1);
  }

  @Test
  void f12ProxyHtmlPagesAreServerErrorsRetriedToTheLimit() {
    for (int status : new int[] {502, 503, 504}) {
      FakeSiviServer server = faulty(FaultRule.of(Fault.htmlError(status)).always());

      ServerErrorException error = failure(run(() -> client(config(server.baseUri(), KeyKind.SUPER_USER).build())
          .deleteUser(USER)), ServerErrorException.class, RELAXED);

      assertThat(error.httpStatus()).hasValue(status);
      assertThat(error.envelopeStatus()).isEmpty();
      assertThat(error.attempts()).isEqualTo(3);
      assertThat(requestsSeen(server)).as("requests for HTML %d", status).isEqualTo(3);
    }
  }

  /** An error envelope, the exception it must give and the requests it must cost. */
  private record ErrorCase(int status, String body, Class<? extends SiviApiException> type, int requests) {}

  @Test
  void f13ErrorEnvelopesMapByStatusAndOnlyServerErrorsAreRetried() {
    ErrorCase[] cases = {
      new ErrorCase(400, "{\"message\":\"brand is invalid\"}", InvalidInputException.class, 1),
      new ErrorCase(401, "{\"message\":\"Failed to authenticate request\"}", AuthenticationException.class, 1),
      new ErrorCase(422, "{\"message\":\"Invalid input\"}", InvalidInputException.class, 1),
      new ErrorCase(422, "{}", InvalidInputException.class, 1),
      new ErrorCase(500, "{\"message\":\"Server internal error\"}", ServerErrorException.class, 3),
      new ErrorCase(500, "{}", ServerErrorException.class, 3),
    };
    for (ErrorCase c : cases) {
      ScriptedSivi server = scripted(ScriptedSivi.envelope(c.status(), c.status(), c.body()));

      SiviApiException error = failure(run(() -> clientFor(server).deleteUser(USER)), c.type(), RELAXED);

      assertThat(error.statusCode()).isEqualTo(c.status());
      assertThat(error.attempts()).isEqualTo(c.requests());
      assertThat(server.requests()).as("requests for %s", c).hasSize(c.requests());
    }
  }

  @Test
  void f14InsufficientCreditIsSentExactlyOnce() {
    FakeSiviServer server = faulty(FaultRule.of(Fault.status(429, "Insufficient credit limit")).always());

    CreditLimitExceededException error = failure(run(() -> client(config(server.baseUri(), KeyKind.SUPER_USER).build())
        .deleteUser(USER)), CreditLimitExceededException.class, RELAXED);

    assertThat(error.statusCode()).isEqualTo(429);
    assertThat(error.attempts()).isEqualTo(1);
    assertThat(requestsSeen(server)).isEqualTo(1);
  }

  /** A 429's headers, the requests they must cost, and what the exception must expose. */
  private record RetryAfterCase(Map<String, String> headers, int requests, @Nullable Duration least, @Nullable Duration most) {}

  @Test
  void f15RetryAfterIsExposedAndHonouredOnlyWhenItFitsTheDeadline() {
    // Long enough for three quick attempts on a loaded machine, too short for a wait of 2 s.
    Timeouts deadline = RELAXED.withWholeCall(Duration.ofMillis(1500));
    ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
    RetryAfterCase[] cases = {
      new RetryAfterCase(Map.of("Retry-After", "2"), 1, Duration.ofSeconds(2), Duration.ofSeconds(2)),
      new RetryAfterCase(Map.of("Retry-After", "99999"), 1, Duration.ofMinutes(59), null),
      new RetryAfterCase(Map.of("Retry-After", RFC_1123.format(now.plusHours(1))), 1, Duration.ofMinutes(59), Duration.ofMinutes(61)),
      new RetryAfterCase(Map.of("Retry-After", RFC_1123.format(now.minusHours(1))), 3, null, null),
      new RetryAfterCase(Map.of("Retry-After", "garbage"), 3, null, null),
      new RetryAfterCase(Map.of("Retry-After-Ms", "5"), 3, null, null),
    };
    for (RetryAfterCase c : cases) {
      ScriptedSivi server = scripted(ScriptedSivi.withHeaders(ScriptedSivi.error(429, "Too many requests"), c.headers()));
      SiviClient sivi = client(config(server.baseUri(), KeyKind.SUPER_USER).timeouts(deadline).build());

      RateLimitedException error = failure(run(() -> sivi.deleteUser(USER)), RateLimitedException.class, deadline);

      assertThat(server.requests()).as("requests for %s", c.headers()).hasSize(c.requests());
      assertThat(error.attempts()).isEqualTo(c.requests());
      if (c.least() != null) {
        assertThat(error.retryAfter()).as("Retry-After of %s", c.headers())
            .hasValueSatisfying(d -> assertThat(d).isBetween(c.least(), c.most() == null ? d : c.most()));
      }
    }
  }

  @Test
  void f18OversizedAndEndlessBodiesStopAtTheCap() {
    ScriptedSivi declared = scripted(ScriptedSivi.oversized(100L << 20));
    RawServer endless = track(RawServer.plain(RawServer.chunkedBody(1L << 30)));

    SiviResponseException big = failure(run(() -> clientFor(declared).deleteUser(USER)), SiviResponseException.class, RELAXED);
    SiviResponseException chunked = failure(run(() -> client(config(endless.baseUri(), KeyKind.SUPER_USER).build())
        .deleteUser(USER)), SiviResponseException.class, RELAXED);

    assertThat(big.reason()).isEqualTo(SiviResponseException.Reason.BODY_TOO_LARGE);
    assertThat(chunked.reason()).isEqualTo(SiviResponseException.Reason.BODY_TOO_LARGE);
    assertThat(declared.requests()).hasSize(1);
    assertThat(endless.requests()).isEqualTo(1);
  }

  @Test
  void f19HostileJsonIsADecodeErrorNeverAStackOverflow() {
    String digits = "9".repeat(1_000_000);
    String[] bodies = {
      "[".repeat(100_000),
      "{\"status\":200,\"body\":" + "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000) + "}",
      "{\"status\":200,\"body\":{\"accessToken\":\"at\",\"refreshToken\":\"rt\",\"workspaceId\":" + digits + "}}",
      "{\"status\":" + digits + ",\"body\":{}}",
    };
    for (String body : bodies) {
      malformed(loginAgainst(ScriptedSivi.json(200, body)));
    }
  }
}
