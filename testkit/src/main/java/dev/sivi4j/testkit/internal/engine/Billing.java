package dev.sivi4j.testkit.internal.engine;

import java.time.Duration;
import java.time.Instant;

/**
 * Billing cycles: the docs say limits and master credits apply per billing cycle but not how long one
 * is, so the fake uses 30-day cycles counted from the master account's creation.
 */
final class Billing {
  /** The length of one cycle. */
  static final Duration CYCLE = Duration.ofDays(30);

  private Billing() {}

  /** The number of the cycle {@code now} falls in, 0 for the first. */
  static long cycle(Instant accountCreated, Instant now) {
    long seconds = Duration.between(accountCreated, now).getSeconds();
    return Math.max(0, Math.floorDiv(seconds, CYCLE.getSeconds()));
  }

  /** When a cycle starts. */
  static Instant cycleStart(Instant accountCreated, long cycle) {
    return accountCreated.plus(CYCLE.multipliedBy(cycle));
  }
}
