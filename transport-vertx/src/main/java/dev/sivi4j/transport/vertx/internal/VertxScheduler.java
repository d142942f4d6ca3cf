package dev.sivi4j.transport.vertx.internal;

import dev.sivi4j.spi.Scheduler;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Objects;

/**
 * Waits with Vert.x timers. A timer set from a Vert.x context fires on that context, so a retry is
 * sent from the same context as the attempt before it.
 */
final class VertxScheduler implements Scheduler {
  private final Vertx vertx;

  VertxScheduler(Vertx vertx) {
    this.vertx = Objects.requireNonNull(vertx, "vertx");
  }

  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    Objects.requireNonNull(task, "task");
    long id = vertx.setTimer(timerMillis(delay), ignored -> task.run());
    return () -> vertx.cancelTimer(id);
  }

  /** A delay in whole milliseconds, rounded up, at least 1 (Vert.x refuses shorter timers). */
  static long timerMillis(Duration delay) {
    if (delay.isNegative() || delay.isZero()) {
      return 1;
    }
    long millis = delay.toMillis();
    return Math.max(1, delay.minusMillis(millis).isZero() ? millis : millis + 1);
  }
}
