package dev.sivi4j.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import dev.sivi4j.error.RateLimitedException;
import dev.sivi4j.error.ServerErrorException;
import dev.sivi4j.error.SiviTimeoutException;
import dev.sivi4j.error.SiviTransportException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.internal.fakes.Bodies;
import dev.sivi4j.internal.fakes.FakeTime;
import dev.sivi4j.internal.fakes.Replies;
import dev.sivi4j.internal.fakes.Reply;
import dev.sivi4j.spi.TransportRequest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Per-attempt timeouts, the whole-call deadline and {@code Retry-After}. */
class PipelineDeadlineTest {
  private static final Reply RATE_LIMITED = Replies.error(429, "Rate limit exceeded. Please try again later.");

  private static Reply rateLimitedWithRetryAfter(String value) {
    return Replies.status(429, Bodies.message(429, "Rate limit exceeded."), Map.of("retry-after", value));
  }

  private static String httpDate(Duration fromStart) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(FakeTime.START.plus(fromStart).atOffset(ZoneOffset.UTC));
  }

  @AfterEach
  void clearInterruptFlag() {
    Thread.interrupted();
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void perAttemptTimeoutIsCutToTheTimeLeftBeforeTheDeadline(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.stall(), Replies.ok());
    harness.run(harness.delete());
    // 20 s stalled, then a 250 ms wait: 9.75 s of the 30 s are left for the second attempt.
    assertThat(harness.requests())
        .extracting(TransportRequest::timeout)
        .containsExactly(Duration.ofSeconds(20), Duration.ofMillis(9750));
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void perAttemptTimeoutIsKeptWhenTheDeadlineIsFarAway(Driver driver) {
    SiviConfig config = Harness.config().timeouts(Timeouts.defaults().withPerAttempt(Duration.ofSeconds(2))).build();
    Harness harness = new Harness(driver, config).replies(Replies.stall(), Replies.stall(), Replies.ok());
    harness.run(harness.delete());
    assertThat(harness.requests()).extracting(TransportRequest::timeout).containsOnly(Duration.ofSeconds(2));
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void stallingServiceEndsInACallTimeoutAtTheDeadline(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.stall(), Replies.stall());
    long started = harness.time.nanoTime();

    SiviTimeoutException error = harness.failure(SiviTimeoutException.class, harness.delete());

    assertThat(error.kind()).isEqualTo(TransportErrorKind.CALL_TIMEOUT);
    assertThat(error.attempts()).isEqualTo(2);
    assertThat(error).hasMessageContaining("the whole-call deadline passed");
    assertThat(Duration.ofNanos(harness.time.nanoTime() - started)).isEqualTo(Duration.ofSeconds(30));
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void slowFailureThatLeavesNoTimeForAWaitIsNotRetried(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.after(Duration.ofMillis(29_900), Replies.error(503, "slow")));
    ServerErrorException error = harness.failure(ServerErrorException.class, harness.delete());
    assertThat(error.attempts()).isEqualTo(1);
    assertThat(harness.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void honoursRetryAfterInSeconds(Driver driver) {
    Harness harness = new Harness(driver).replies(rateLimitedWithRetryAfter("2"), Replies.ok());
    harness.run(harness.delete());
    assertThat(harness.waits()).containsExactly(Duration.ofSeconds(2));
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void honoursRetryAfterAsAnHttpDate(Driver driver) {
    Harness harness = new Harness(driver).replies(rateLimitedWithRetryAfter(httpDate(Duration.ofSeconds(3))), Replies.ok());
    harness.run(harness.delete());
    assertThat(harness.waits()).containsExactly(Duration.ofSeconds(3));
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void honoursRetryAfterOnAServerError(Driver driver) {
    Reply unavailable = Replies.status(503, Bodies.message(503, "maintenance"), Map.of("retry-after", "5"));
    Harness harness = new Harness(driver).replies(unavailable, Replies.ok());
    harness.run(harness.delete());
    assertThat(harness.waits()).containsExactly(Duration.ofSeconds(5));
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void failsAtOnceWhenRetryAfterDoesNotFitTheDeadline(Driver driver) {
    Harness harness = new Harness(driver).replies(rateLimitedWithRetryAfter("45"));
    RateLimitedException error = harness.failure(RateLimitedException.class, harness.delete());
    assertThat(error.attempts()).isEqualTo(1);
    assertThat(error.retryAfter()).hasValue(Duration.ofSeconds(45));
    assertThat(harness.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void failsAtOnceWhenAnHttpDateDoesNotFitTheDeadline(Driver driver) {
    Harness harness = new Harness(driver).replies(rateLimitedWithRetryAfter(httpDate(Duration.ofMinutes(2))));
    RateLimitedException error = harness.failure(RateLimitedException.class, harness.delete());
    assertThat(error.retryAfter()).hasValue(Duration.ofMinutes(2));
    assertThat(harness.requests()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void retryAfterThatFitsOnlyALongerDeadlineIsHonouredThere(Driver driver) {
    SiviConfig config = Harness.config().timeouts(Timeouts.defaults().withWholeCall(Duration.ofMinutes(2))).build();
    Harness harness = new Harness(driver, config).replies(rateLimitedWithRetryAfter("45"), Replies.ok());
    harness.run(harness.delete());
    assertThat(harness.waits()).containsExactly(Duration.ofSeconds(45));
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void unreadableRetryAfterFallsBackToBackoff(Driver driver) {
    Harness harness = new Harness(driver).replies(rateLimitedWithRetryAfter("soon"), RATE_LIMITED, Replies.ok());
    harness.run(harness.delete());
    assertThat(harness.waits()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void retryAfterInThePastMeansRetryNow(Driver driver) {
    Harness harness = new Harness(driver).replies(rateLimitedWithRetryAfter(httpDate(Duration.ofSeconds(-10))), Replies.ok());
    harness.run(harness.delete());
    assertThat(harness.waits()).containsExactly(Duration.ZERO);
  }

  @Test
  void interruptedBlockingWaitEndsTheCallAsInterrupted() {
    Harness harness = new Harness(Driver.BLOCKING).replies(Replies.error(503, "busy"));
    harness.time.interruptNextSleep();

    SiviTransportException error = harness.failure(SiviTransportException.class, harness.delete());

    assertThat(error.kind()).isEqualTo(TransportErrorKind.INTERRUPTED);
    assertThat(error.attempts()).isEqualTo(1);
    assertThat(Thread.currentThread().isInterrupted()).as("interrupt flag restored").isTrue();
    assertThat(harness.requests()).hasSize(1);
  }
}
