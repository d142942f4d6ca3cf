package dev.sivi4j.domain;

/**
 * A user's credits: what is left and what was used.
 *
 * @param availableCredits credits available
 * @param usedCredits credits consumed
 */
public record CreditBalance(long availableCredits, long usedCredits) {
  /**
   * Validates both counts.
   *
   * @param availableCredits see the record description
   * @param usedCredits see the record description
   */
  public CreditBalance {
    Checks.nonNegative(usedCredits, "usedCredits");
  }
}
