package dev.sivi4j.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.domain.Operation;
import dev.sivi4j.internal.fakes.FakeTime;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The in-JVM limiter behind the port: a minute's worth at once, then reserved slots in order, refusals past the deadline. */
class InJvmRateLimiterTest {
  private static final Duration FOREVER = Duration.ofHours(1);

  private final FakeTime time = new FakeTime();

  private static RateLimitRequest within(Duration maxWait) {
    return new RateLimitRequest("digest", Operation.DELETE_USER, 100, maxWait);
  }

  private static Duration waitFor(SiviRateLimiter limiter) {
    RateLimitDecision decision = limiter.acquire(within(FOREVER));
    assertThat(decision.granted()).isTrue();
    return decision.delay();
  }

  @Test
  void letsAMinutesWorthThroughThenComputesTheWaitForEachQueuedCall() {
    SiviRateLimiter limiter = SiviRateLimiter.inJvm(60, time);
    for (int i = 0; i < 60; i++) {
      assertThat(waitFor(limiter)).as("call %d", i + 1).isZero();
    }
    assertThat(waitFor(limiter)).isEqualTo(Duration.ofSeconds(1));
    assertThat(waitFor(limiter)).isEqualTo(Duration.ofSeconds(2));
    assertThat(waitFor(limiter)).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void refillsContinuously() {
    SiviRateLimiter limiter = SiviRateLimiter.inJvm(60, time);
    for (int i = 0; i < 60; i++) {
      waitFor(limiter);
    }
    time.advance(Duration.ofMillis(2500));
    assertThat(waitFor(limiter)).isZero();
    assertThat(waitFor(limiter)).isZero();
    assertThat(waitFor(limiter)).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void neverHoldsMoreThanAMinutesWorth() {
    SiviRateLimiter limiter = SiviRateLimiter.inJvm(2, time);
    time.advance(Duration.ofHours(1));
    assertThat(waitFor(limiter)).isZero();
    assertThat(waitFor(limiter)).isZero();
    assertThat(waitFor(limiter)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void refusesWithoutTakingASlotWhenTheTurnComesAfterTheDeadline() {
    SiviRateLimiter limiter = SiviRateLimiter.inJvm(1, time);
    waitFor(limiter);

    assertThat(limiter.acquire(within(Duration.ofSeconds(60)))).isEqualTo(RateLimitDecision.refused());
    assertThat(limiter.acquire(within(Duration.ofSeconds(61))).delay()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void asyncPathAnswersAtOnceWithTheSameDecisions() {
    SiviRateLimiter limiter = SiviRateLimiter.inJvm(1, time);
    assertThat(limiter.acquireAsync(within(FOREVER)).toCompletableFuture()).isCompletedWithValue(RateLimitDecision.now());
    assertThat(limiter.acquireAsync(within(FOREVER)).toCompletableFuture().join().delay()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void aRateLimitedAnswerEmptiesTheBucket() {
    SiviRateLimiter limiter = SiviRateLimiter.inJvm(60, time);
    waitFor(limiter);

    limiter.onRateLimited(within(Duration.ZERO), Optional.empty());

    assertThat(waitFor(limiter)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aRateLimitedAnswerKeepsSlotsAlreadyQueued() {
    SiviRateLimiter limiter = SiviRateLimiter.inJvm(60, time);
    for (int i = 0; i < 61; i++) {
      waitFor(limiter);
    }
    limiter.onRateLimited(within(Duration.ZERO), Optional.empty());
    assertThat(waitFor(limiter)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void rejectsARateBelowOne() {
    assertThatThrownBy(() -> SiviRateLimiter.inJvm(0, time)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decisionsValidate() {
    assertThat(RateLimitDecision.after(Duration.ZERO)).isSameAs(RateLimitDecision.now());
    assertThatThrownBy(() -> new RateLimitDecision(false, Duration.ofSeconds(1), false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RateLimitDecision.after(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> within(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
  }
}
