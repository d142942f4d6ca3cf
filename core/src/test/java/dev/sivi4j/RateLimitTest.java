package dev.sivi4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RateLimitTest {
  @ParameterizedTest
  @EnumSource(KeyKind.class)
  void followsTheDocumentedLimitForEachKeyKindByDefault(KeyKind kind) {
    assertThat(RateLimit.forKeyKind().requestsPerMinute(kind)).hasValue(100);
  }

  @Test
  void offHasNoLimit() {
    assertThat(RateLimit.off().requestsPerMinute(KeyKind.SUPER_USER)).isEmpty();
  }

  @Test
  void perMinuteOverridesTheKeyKind() {
    assertThat(RateLimit.perMinute(7).requestsPerMinute(KeyKind.ENTERPRISE_ADMIN)).hasValue(7);
    assertThat(RateLimit.perMinute(7)).isEqualTo(RateLimit.perMinute(7)).hasSameHashCodeAs(RateLimit.perMinute(7));
    assertThat(RateLimit.perMinute(7)).hasToString("RateLimit[7/min]");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 100_001})
  void rejectsLimitsOutsideTheRange(int requests) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RateLimit.perMinute(requests))
        .withMessage("rate limit must be between 1 and 100000 requests a minute (was " + requests + ")");
  }

  @Test
  void acceptsTheBounds() {
    assertThat(RateLimit.perMinute(1).requestsPerMinute(KeyKind.SUPER_USER)).hasValue(1);
    assertThat(RateLimit.perMinute(100_000).requestsPerMinute(KeyKind.SUPER_USER)).hasValue(100_000);
  }
}
