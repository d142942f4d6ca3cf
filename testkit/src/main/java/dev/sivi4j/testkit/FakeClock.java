package dev.sivi4j.testkit;

import dev.sivi4j.spi.TimeSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fake's clock: a {@link Clock} (in UTC) that tests move forward with {@link #advance(Duration)},
 * to reach retention deadlines, new billing cycles, token expiry and rate-limit refills without
 * waiting.
 *
 * <p>{@link #system()} follows the system clock plus everything advanced so far; {@link #fixedAt}
 * stands still until advanced. Time never goes backwards. It is also the {@link TimeSource} of the
 * fake's in-process clients, whose {@link #sleep(Duration)} (retry backoff, injected latency) advances
 * the clock instead of blocking, so in-process tests never wait. Thread-safe.
 */
public final class FakeClock extends Clock implements TimeSource {
  private final boolean followsSystem;
  private final Instant origin;
  private final long originNanos;
  private final AtomicLong advancedNanos = new AtomicLong();

  private FakeClock(boolean followsSystem, Instant origin) {
    this.followsSystem = followsSystem;
    this.origin = origin;
    this.originNanos = System.nanoTime();
  }

  /**
   * A clock that follows the system clock, plus whatever is advanced.
   *
   * @return a new clock
   */
  public static FakeClock system() {
    return new FakeClock(true, Instant.EPOCH);
  }

  /**
   * A clock that stands at {@code start} until advanced.
   *
   * @param start the first instant
   * @return a new clock
   */
  public static FakeClock fixedAt(Instant start) {
    return new FakeClock(false, Objects.requireNonNull(start, "start"));
  }

  /**
   * Whether the clock stands still until advanced ({@link #fixedAt}), rather than following the system clock.
   *
   * @return true for a fixed clock
   */
  public boolean isFixed() {
    return !followsSystem;
  }

  /**
   * Moves the clock forward.
   *
   * @param duration how far, zero or more
   * @throws IllegalArgumentException if the duration is negative
   */
  public void advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative (was " + duration + ")");
    }
    advancedNanos.addAndGet(duration.toNanos());
  }

  /**
   * Moves the clock forward to an instant; does nothing if the clock is already past it.
   *
   * @param instant the instant to reach
   */
  public void advanceTo(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    Duration gap = Duration.between(instant(), instant);
    if (!gap.isNegative()) {
      advance(gap);
    }
  }

  @Override
  public Instant instant() {
    Instant base = followsSystem ? Instant.now() : origin;
    return base.plusNanos(advancedNanos.get());
  }

  @Override
  public long millis() {
    return instant().toEpochMilli();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /**
   * This clock's time seen in another zone.
   *
   * @param zone the zone
   * @return a clock reading this one, in {@code zone}
   */
  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(ZoneOffset.UTC) ? this : new ZonedView(this, zone);
  }

  @Override
  public long nanoTime() {
    return (followsSystem ? System.nanoTime() - originNanos : 0) + advancedNanos.get();
  }

  @Override
  public Instant now() {
    return instant();
  }

  /**
   * Advances the clock by {@code duration} instead of blocking.
   *
   * @param duration how long
   */
  @Override
  public void sleep(Duration duration) {
    if (!duration.isNegative()) {
      advance(duration);
    }
  }

  @Override
  public String toString() {
    return "FakeClock[" + instant() + (followsSystem ? ", following the system clock" : ", fixed") + "]";
  }

  /** A {@link FakeClock} seen in another zone. */
  private static final class ZonedView extends Clock {
    private final FakeClock clock;
    private final ZoneId zone;

    ZonedView(FakeClock clock, ZoneId zone) {
      this.clock = clock;
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return clock.withZone(other);
    }

    @Override
    public Instant instant() {
      return clock.instant();
    }
  }
}
