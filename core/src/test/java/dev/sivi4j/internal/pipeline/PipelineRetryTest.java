package dev.sivi4j.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.error.RateLimitedException;
import dev.sivi4j.error.ServerErrorException;
import dev.sivi4j.error.SiviResponseException;
import dev.sivi4j.error.SiviTimeoutException;
import dev.sivi4j.error.SiviTransportException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.UserNotFoundException;
import dev.sivi4j.internal.fakes.Replies;
import dev.sivi4j.spi.TransportRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which failures are retried, how often, and what a call that gives up reports. */
class PipelineRetryTest {
  private static final Set<TransportErrorKind> RETRIED =
      EnumSet.of(
          TransportErrorKind.CONNECT_FAILED,
          TransportErrorKind.CONNECT_TIMEOUT,
          TransportErrorKind.CONNECTION_RESET,
          TransportErrorKind.CONNECTION_CLOSED,
          TransportErrorKind.RESPONSE_TIMEOUT);

  static Stream<Arguments> kinds(Set<TransportErrorKind> kinds) {
    List<Arguments> all = new ArrayList<>();
    for (Driver driver : Driver.values()) {
      for (TransportErrorKind kind : kinds) {
        all.add(Arguments.of(driver, kind));
      }
    }
    return all.stream();
  }

  static Stream<Arguments> retriedKinds() {
    return kinds(RETRIED);
  }

  static Stream<Arguments> unretriedKinds() {
    // CALL_TIMEOUT is the pipeline's own verdict, never a transport's.
    return kinds(EnumSet.complementOf(EnumSet.of(TransportErrorKind.CALL_TIMEOUT, RETRIED.toArray(TransportErrorKind[]::new))));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("retriedKinds")
  void retriesTransportFailuresThatAreAccidents(Driver driver, TransportErrorKind kind) {
    Harness harness = new Harness(driver).replies(Replies.failure(kind), Replies.ok());
    assertThat(harness.run(harness.setCreditLimit())).isEqualTo("Successfully done");
    assertThat(harness.requests()).hasSize(2);
    assertThat(harness.waits()).containsExactly(Duration.ofMillis(250));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("unretriedKinds")
  void doesNotRetryOtherTransportFailures(Driver driver, TransportErrorKind kind) {
    Harness harness = new Harness(driver).replies(Replies.failure(kind));
    Class<? extends RuntimeException> expected =
        kind == TransportErrorKind.RESPONSE_TOO_LARGE
            ? SiviResponseException.class
            : kind.isTimeout() ? SiviTimeoutException.class : SiviTransportException.class;

    RuntimeException error = harness.failure(RuntimeException.class, harness.setCreditLimit());

    assertThat(error).isExactlyInstanceOf(expected);
    assertThat(harness.requests()).hasSize(1);
    assertThat(harness.waits()).isEmpty();
    if (error instanceof SiviTransportException transport) {
      assertThat(transport.kind()).isEqualTo(kind);
      assertThat(transport.attempts()).isEqualTo(1);
      assertThat(transport.httpStatus()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void oversizedResponseIsABodyTooLargeResponseError(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.failure(TransportErrorKind.RESPONSE_TOO_LARGE));
    SiviResponseException error = harness.failure(SiviResponseException.class, harness.delete());
    assertThat(error.reason()).isEqualTo(SiviResponseException.Reason.BODY_TOO_LARGE);
    assertThat(error.attempts()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} HTTP {1}")
  @MethodSource("serverErrors")
  void retriesServerErrorsThatMayPass(Driver driver, int status) {
    Harness harness = new Harness(driver).replies(Replies.error(status, "Server internal error"), Replies.ok());
    assertThat(harness.run(harness.delete())).isEqualTo("Successfully done");
    assertThat(harness.requests()).extracting(TransportRequest::attempt).containsExactly(1, 2);
  }

  static Stream<Arguments> serverErrors() {
    List<Arguments> all = new ArrayList<>();
    for (Driver driver : Driver.values()) {
      for (int status : new int[] {500, 502, 503, 504}) {
        all.add(Arguments.of(driver, status));
      }
    }
    return all.stream();
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void doesNotRetryOtherServerErrors(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.error(501, "Not Implemented"));
    assertThat(harness.failure(ServerErrorException.class, harness.delete()).attempts()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void retriesRateLimitingWithBackoff(Driver driver) {
    Harness harness =
        new Harness(driver)
            .replies(Replies.error(429, "Rate limit exceeded. Please try again later."), Replies.error(429, "Rate limit exceeded."), Replies.ok());
    assertThat(harness.run(harness.delete())).isEqualTo("Successfully done");
    assertThat(harness.waits()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void givesUpAfterMaxAttemptsAndReportsThem(Driver driver) {
    SiviConfig config = Harness.config().retryPolicy(RetryPolicy.defaults().withMaxAttempts(4)).build();
    Harness harness = new Harness(driver, config);
    harness.script.repeat(4, Replies.error(503, "Service Unavailable"));

    ServerErrorException error = harness.failure(ServerErrorException.class, harness.delete());

    assertThat(error.attempts()).isEqualTo(4);
    assertThat(error).hasMessage("deleteUser failed after 4 attempts: server error: Service Unavailable (HTTP 503)");
    assertThat(harness.requests()).extracting(TransportRequest::attempt).containsExactly(1, 2, 3, 4);
    assertThat(harness.waits()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void noRetryPolicyMakesOneAttempt(Driver driver) {
    Harness harness = new Harness(driver, Harness.config().retryPolicy(RetryPolicy.none()).build());
    harness.replies(Replies.failure(TransportErrorKind.CONNECTION_RESET));
    SiviTransportException error = harness.failure(SiviTransportException.class, harness.delete());
    assertThat(error.kind()).isEqualTo(TransportErrorKind.CONNECTION_RESET);
    assertThat(error.attempts()).isEqualTo(1);
    assertThat(error.outcomeUnknown()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void lastFailureIsReportedWhenAttemptsFailDifferently(Driver driver) {
    Harness harness =
        new Harness(driver)
            .replies(
                Replies.failure(TransportErrorKind.CONNECT_FAILED),
                Replies.error(502, "Bad Gateway"),
                Replies.failure(TransportErrorKind.CONNECTION_CLOSED));
    SiviTransportException error = harness.failure(SiviTransportException.class, harness.delete());
    assertThat(error.kind()).isEqualTo(TransportErrorKind.CONNECTION_CLOSED);
    assertThat(error.attempts()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void exhaustedRetryBudgetStopsRetriesAcrossCalls(Driver driver) {
    SiviConfig config = Harness.config().retryPolicy(RetryPolicy.defaults().withBudgetTokens(RetryPolicy.RETRY_COST)).build();
    Harness harness = new Harness(driver, config);
    harness.script.repeat(3, Replies.error(503, "down"));

    assertThat(harness.failure(ServerErrorException.class, harness.delete()).attempts()).isEqualTo(2);
    assertThat(harness.failure(ServerErrorException.class, harness.delete()).attempts()).isEqualTo(1);
    assertThat(harness.requests()).hasSize(3);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void successesRefillTheRetryBudget(Driver driver) {
    SiviConfig config = Harness.config().retryPolicy(RetryPolicy.defaults().withBudgetTokens(RetryPolicy.RETRY_COST)).build();
    Harness harness = new Harness(driver, config);
    harness.replies(Replies.error(503, "down"), Replies.ok());
    harness.run(harness.delete());
    assertThat(harness.pipeline.retryBudget().available()).isEqualTo(1);

    harness.script.repeat(4, Replies.ok());
    for (int i = 0; i < 4; i++) {
      harness.run(harness.delete());
    }
    harness.replies(Replies.error(503, "down"), Replies.ok());
    assertThat(harness.run(harness.delete())).isEqualTo("Successfully done");
    assertThat(harness.requests()).hasSize(8);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void zeroRetryBudgetNeverRetries(Driver driver) {
    Harness harness = new Harness(driver, Harness.config().retryPolicy(RetryPolicy.defaults().withBudgetTokens(0)).build());
    harness.replies(Replies.failure(TransportErrorKind.CONNECT_FAILED));
    assertThat(harness.failure(SiviTransportException.class, harness.delete()).attempts()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void deleteRetriedAfterAnUnknownOutcomeThatFindsNoUserSucceeded(Driver driver) {
    Harness harness =
        new Harness(driver).replies(Replies.failure(TransportErrorKind.CONNECTION_RESET), Replies.error(400, "User does not exists"));
    assertThat(harness.run(harness.delete())).isNull();
    assertThat(harness.requests()).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void deleteAfterAResponseTimeoutThatFindsNoUserSucceeded(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.stall(), Replies.error(404, "User not found"));
    assertThat(harness.run(harness.delete())).isNull();
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void deleteOfAnUnknownUserWithoutAnEarlierUnknownOutcomeFails(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.error(400, "User does not exists"));
    assertThat(harness.failure(UserNotFoundException.class, harness.delete()).attempts()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void deleteAfterAFailureThatSentNothingStillReportsUserNotFound(Driver driver) {
    Harness harness =
        new Harness(driver).replies(Replies.failure(TransportErrorKind.CONNECT_FAILED), Replies.error(400, "User does not exists"));
    assertThat(harness.failure(UserNotFoundException.class, harness.delete()).attempts()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void onlyDeleteTurnsNotFoundAfterAnUnknownOutcomeIntoSuccess(Driver driver) {
    Harness harness =
        new Harness(driver).replies(Replies.failure(TransportErrorKind.CONNECTION_RESET), Replies.error(400, "User does not exists"));
    assertThat(harness.failure(UserNotFoundException.class, harness.reactivate()).attempts()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Rate limit exceeded. Please try again later.", "Too many requests"})
  void rateLimitedExceptionCarriesTheAttemptsAfterGivingUp(String message) {
    Harness harness = new Harness(Driver.BLOCKING);
    harness.script.repeat(3, Replies.error(429, message));
    RateLimitedException error = harness.failure(RateLimitedException.class, harness.delete());
    assertThat(error.attempts()).isEqualTo(3);
    assertThat(error.retryAfter()).isEmpty();
  }
}
