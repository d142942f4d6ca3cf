package dev.sivi4j.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.RateLimit;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.error.SiviTimeoutException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.internal.fakes.FakeTime;
import dev.sivi4j.internal.fakes.Replies;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The in-JVM rate limit in the pipeline: a minute's worth of calls at once, then calls queue for the next slot. */
class RateLimiterTest {
  @ParameterizedTest
  @EnumSource(Driver.class)
  void queuedCallWaitsForItsSlotBeforeSending(Driver driver) {
    SiviConfig config = Harness.config().rateLimit(RateLimit.perMinute(4)).build();
    Harness harness = new Harness(driver, config);
    harness.script.repeat(5, Replies.ok());
    for (int i = 0; i < 4; i++) {
      harness.run(harness.delete());
    }
    assertThat(harness.waits()).isEmpty();

    harness.run(harness.delete());

    assertThat(harness.waits()).containsExactly(Duration.ofSeconds(15));
    assertThat(harness.requests()).hasSize(5);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void failsFastWithACallTimeoutWhenTheQueueOutlastsTheDeadline(Driver driver) {
    SiviConfig config = Harness.config().rateLimit(RateLimit.perMinute(1)).build();
    Harness harness = new Harness(driver, config).replies(Replies.ok());
    harness.run(harness.delete());

    SiviTimeoutException error = harness.failure(SiviTimeoutException.class, harness.delete());

    assertThat(error.kind()).isEqualTo(TransportErrorKind.CALL_TIMEOUT);
    assertThat(error.attempts()).isZero();
    assertThat(error).hasMessageContaining("rate limit queue");
    assertThat(harness.requests()).hasSize(1);
    assertThat(harness.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void callThatGaveUpOnTheQueueDoesNotKeepItsSlot(Driver driver) {
    SiviConfig config = Harness.config().rateLimit(RateLimit.perMinute(1)).build();
    Harness harness = new Harness(driver, config).replies(Replies.ok(), Replies.ok());
    harness.run(harness.delete());
    harness.failure(SiviTimeoutException.class, harness.delete());

    harness.time.advance(Duration.ofMinutes(1));

    harness.run(harness.delete());
    assertThat(harness.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void retriesTakeSlotsToo(Driver driver) {
    SiviConfig config = Harness.config().rateLimit(RateLimit.perMinute(1)).build();
    Harness harness = new Harness(driver, config).replies(Replies.error(503, "busy"));
    // The retry would need a slot a minute away, past the 30 s deadline.
    SiviTimeoutException error = harness.failure(SiviTimeoutException.class, harness.delete());
    assertThat(error.kind()).isEqualTo(TransportErrorKind.CALL_TIMEOUT);
    assertThat(harness.requests()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void defaultLimitLetsAHundredCallsThroughAtOnce(Driver driver) {
    SiviConfig config = Harness.config().rateLimit(RateLimit.forKeyKind()).build();
    Harness harness = new Harness(driver, config);
    harness.script.repeat(101, Replies.ok());
    for (int i = 0; i < 101; i++) {
      harness.run(harness.delete());
    }
    assertThat(harness.waits()).containsExactly(Duration.ofMillis(600));
  }
}
