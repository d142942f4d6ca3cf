package dev.sivi4j.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The shared bucket's shape and the builder's checks. */
class LimitsTest {
  @Test
  void theDefaultBurstHoldsBackOneSecondsWorthOfTheRate() {
    assertThat(Limits.defaultBurst(100)).isEqualTo(98);
    assertThat(Limits.defaultBurst(60)).isEqualTo(59);
    assertThat(Limits.defaultBurst(6000)).isEqualTo(5900);
    assertThat(Limits.defaultBurst(2)).isEqualTo(1);
    assertThat(Limits.defaultBurst(1)).isEqualTo(1);
  }

  @Test
  void aPauseIsTheTokensItsDurationRefillsAtMostAFullBucket() {
    Limits limits = new Limits(120, 118);
    assertThat(limits.tokensFor(Duration.ofSeconds(3).toNanos())).isEqualTo(6);
    assertThat(limits.tokensFor(Duration.ofMinutes(5).toNanos())).isEqualTo(118);
  }

  @Test
  void buildingNeedsTheFleetSizeOrTheFallbackRate() {
    RedisRateLimit.Builder builder = RedisRateLimit.unconnected();
    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("fleetSize");
  }

  @Test
  void rejectsValuesOutOfRange() {
    RedisRateLimit.Builder builder = RedisRateLimit.unconnected();
    assertThatThrownBy(() -> builder.perMinute(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.burst(100_001)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.fleetSize(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.redisTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.retryRedisEvery(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
  }
}
