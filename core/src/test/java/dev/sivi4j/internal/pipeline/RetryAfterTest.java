package dev.sivi4j.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

  @Test
  void readsDeltaSeconds() {
    assertThat(RetryAfter.parse("120", NOW)).isEqualTo(Duration.ofMinutes(2));
    assertThat(RetryAfter.parse(" 0 ", NOW)).isEqualTo(Duration.ZERO);
  }

  @Test
  void readsAnHttpDate() {
    assertThat(RetryAfter.parse("Thu, 15 Jan 2026 10:00:07 GMT", NOW)).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void capsVeryLongWaitsAtAnHour() {
    assertThat(RetryAfter.parse("999999", NOW)).isEqualTo(RetryAfter.MAX);
    assertThat(RetryAfter.parse("Fri, 16 Jan 2026 10:00:00 GMT", NOW)).isEqualTo(RetryAfter.MAX);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "soon", "-5", "1.5", "1234567890", "Thursday"})
  void ignoresWhatItCannotRead(String value) {
    assertThat(RetryAfter.parse(value, NOW)).isNull();
  }

  @Test
  void ignoresAMissingHeader() {
    assertThat(RetryAfter.parse(null, NOW)).isNull();
  }
}
