package dev.sivi4j.spi;

import java.time.Duration;

/** Runs a task after a delay without blocking anyone: how the async pipeline waits between attempts. */
public interface Scheduler {
  /**
   * Runs {@code task} once after {@code delay}.
   *
   * @param delay the delay, zero or more
   * @param task the task
   * @return a handle that cancels the task if it has not run
   */
  Cancellable schedule(Duration delay, Runnable task);

  /** Cancels a scheduled task. */
  @FunctionalInterface
  interface Cancellable {
    /** Cancels the task if it has not run yet; does nothing otherwise. */
    void cancel();
  }
}
