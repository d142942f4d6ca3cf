package dev.sivi4j.domain;

/**
 * A user's credits: what is left and what was used, as the service sent them. Either may be negative
 * (the documentation does not say what a negative count means, for example an overdrawn pool or a
 * refund), and sivi4j passes both through unjudged rather than failing the whole analysis.
 *
 * @param availableCredits credits available
 * @param usedCredits credits consumed
 */
public record CreditBalance(long availableCredits, long usedCredits) {
  /**
   * Creates the balance; any two counts are accepted.
   *
   * @param availableCredits see the record description
   * @param usedCredits see the record description
   */
  public CreditBalance {}
}
