package dev.sivi4j.internal.fakes;

import dev.sivi4j.spi.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A manual clock: time moves only when a test, a scripted reply or a wait moves it. Every wait, whether
 * a blocking sleep or a scheduled async one, is recorded, so both pipeline drivers can be compared.
 */
public final class FakeTime implements TimeSource {
  /** The wall clock at the start of every test. */
  public static final Instant START = Instant.parse("2026-01-15T10:00:00Z");

  private long nanos = 7_000_000_000L;
  private Instant wall = START;
  private final List<Duration> waits = new ArrayList<>();
  private int interruptions;

  @Override
  public synchronized long nanoTime() {
    return nanos;
  }

  @Override
  public synchronized Instant now() {
    return wall;
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    synchronized (this) {
      if (interruptions > 0) {
        interruptions--;
        throw new InterruptedException("interrupted by the test");
      }
    }
    waited(duration);
  }

  /**
   * Records a wait and lets that much time pass.
   *
   * @param duration the wait
   */
  public synchronized void waited(Duration duration) {
    waits.add(duration);
    advance(duration);
  }

  /**
   * Lets time pass without recording a wait.
   *
   * @param duration how much
   */
  public synchronized void advance(Duration duration) {
    nanos += duration.toNanos();
    wall = wall.plus(duration);
  }

  /**
   * Makes the next blocking sleep throw {@link InterruptedException}.
   */
  public synchronized void interruptNextSleep() {
    interruptions++;
  }

  /**
   * Every wait so far, in order.
   *
   * @return the waits
   */
  public synchronized List<Duration> waits() {
    return List.copyOf(waits);
  }
}
