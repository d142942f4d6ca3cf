package dev.sivi4j.testkit;

import java.time.Instant;
import java.util.Objects;

/**
 * A master account's credits in the current billing cycle (30 days, counted from the account's
 * creation).
 *
 * @param creditsPerCycle credits granted each cycle
 * @param usedCredits credits used in this cycle
 * @param cycleStart when this cycle started
 * @param cycleEnd when it ends and the credits refill
 */
public record CreditPool(long creditsPerCycle, long usedCredits, Instant cycleStart, Instant cycleEnd) {
  /**
   * Validates the fields.
   *
   * @param creditsPerCycle see the record description
   * @param usedCredits see the record description
   * @param cycleStart see the record description
   * @param cycleEnd see the record description
   */
  public CreditPool {
    Objects.requireNonNull(cycleStart, "cycleStart");
    Objects.requireNonNull(cycleEnd, "cycleEnd");
  }

  /**
   * Credits left in this cycle.
   *
   * @return credits, zero or more
   */
  public long availableCredits() {
    return Math.max(0, creditsPerCycle - usedCredits);
  }
}
