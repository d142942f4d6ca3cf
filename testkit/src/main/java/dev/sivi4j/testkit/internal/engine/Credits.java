package dev.sivi4j.testkit.internal.engine;

/**
 * Credits used in the current billing cycle, reset when a new cycle starts. Guarded by the monitor
 * of its owner (the user, or the master account for its pool).
 */
final class Credits {
  private long cycle;
  private long used;

  /** The credits used in {@code currentCycle}. */
  long used(long currentCycle) {
    roll(currentCycle);
    return used;
  }

  /** Adds to the credits used in {@code currentCycle}. */
  void debit(long currentCycle, long amount) {
    roll(currentCycle);
    used += amount;
  }

  void clear() {
    used = 0;
  }

  private void roll(long currentCycle) {
    if (currentCycle != cycle) {
      cycle = currentCycle;
      used = 0;
    }
  }
}
