package dev.sivi4j.spi;

import java.time.Duration;
import java.time.Instant;

/**
 * Time as the pipeline sees it: a monotonic clock for deadlines, the wall clock for {@code
 * Retry-After} dates, and blocking sleep between attempts. Tests inject a fake to check schedules
 * without waiting.
 */
public interface TimeSource {
  /**
   * A monotonic reading, as {@link System#nanoTime()}.
   *
   * @return nanoseconds from an arbitrary origin
   */
  long nanoTime();

  /**
   * The wall clock.
   *
   * @return now
   */
  Instant now();

  /**
   * Blocks the calling thread.
   *
   * @param duration how long
   * @throws InterruptedException if interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * The real clocks.
   *
   * @return the system time source
   */
  static TimeSource system() {
    return SystemTimeSource.INSTANCE;
  }
}
