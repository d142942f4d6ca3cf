package dev.sivi4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FakeClockTest {
  private static final Instant START = Instant.parse("2026-05-01T00:00:00Z");

  @Test
  void fixedClockStandsStillUntilAdvanced() {
    FakeClock clock = FakeClock.fixedAt(START);
    long nanos = clock.nanoTime();

    assertThat(clock.instant()).isEqualTo(START);
    clock.advance(Duration.ofDays(15));

    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofDays(15)));
    assertThat(clock.nanoTime() - nanos).isEqualTo(Duration.ofDays(15).toNanos());
    assertThat(clock.millis()).isEqualTo(clock.instant().toEpochMilli());
    assertThat(clock.isFixed()).isTrue();
  }

  @Test
  void systemClockFollowsRealTimePlusWhatWasAdvanced() {
    FakeClock clock = FakeClock.system();
    Instant before = Instant.now();

    clock.advance(Duration.ofHours(2));

    assertThat(clock.instant()).isBetween(before.plus(Duration.ofHours(2)), Instant.now().plus(Duration.ofHours(2)));
    assertThat(clock.isFixed()).isFalse();
  }

  @Test
  void sleepAdvancesInsteadOfBlocking() {
    FakeClock clock = FakeClock.fixedAt(START);
    long before = System.nanoTime();

    clock.sleep(Duration.ofMinutes(10));

    assertThat(clock.now()).isEqualTo(START.plus(Duration.ofMinutes(10)));
    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void advanceToMovesForwardOnlyAndTimeNeverGoesBack() {
    FakeClock clock = FakeClock.fixedAt(START);

    clock.advanceTo(START.plusSeconds(30));
    clock.advanceTo(START);

    assertThat(clock.instant()).isEqualTo(START.plusSeconds(30));
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duration must not be negative");
  }

  @Test
  void isAUtcClockThatCanBeSeenInOtherZones() {
    FakeClock clock = FakeClock.fixedAt(START);
    ZoneId paris = ZoneId.of("Europe/Paris");

    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
    assertThat(clock.withZone(paris).getZone()).isEqualTo(paris);
    clock.advance(Duration.ofMinutes(1));
    assertThat(clock.withZone(paris).instant()).isEqualTo(START.plusSeconds(60));
  }
}
