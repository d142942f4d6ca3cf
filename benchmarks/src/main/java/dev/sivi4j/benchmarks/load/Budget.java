package dev.sivi4j.benchmarks.load;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** How many calls a run may start: as many as fit in a duration, or a fixed number. */
final class Budget {
  private final long durationNanos;
  private final AtomicLong remaining;
  private volatile long deadline;

  private Budget(long durationNanos, long requests) {
    this.durationNanos = durationNanos;
    this.remaining = new AtomicLong(requests);
  }

  static Budget of(Duration duration) {
    return new Budget(duration.toNanos(), Long.MAX_VALUE);
  }

  static Budget ofRequests(long requests) {
    return new Budget(Long.MAX_VALUE, requests);
  }

  /** Starts the clock; call once, before any worker asks. */
  void start() {
    long now = System.nanoTime();
    deadline = durationNanos == Long.MAX_VALUE ? Long.MAX_VALUE : now + durationNanos;
  }

  /** Whether one more call may start; takes it from the budget if so. */
  boolean tryStart() {
    if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline >= 0) {
      return false;
    }
    return remaining.getAndDecrement() > 0;
  }

  /** How long a run on this budget may reasonably take before it is declared stuck. */
  Duration patience() {
    return durationNanos == Long.MAX_VALUE ? Duration.ofMinutes(2) : Duration.ofNanos(durationNanos).plusMinutes(1);
  }
}
