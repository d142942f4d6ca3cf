package dev.sivi4j.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's usage as account-analysis reports it.
 *
 * <p>The service does not document how {@code monthlyAnalysis} is keyed or ordered, so the months are
 * kept in the order received. {@code lastAccessed} is read as Unix seconds, or milliseconds when the
 * number is too large to be seconds.
 *
 * @param yearly totals over the past year
 * @param monthly the per-month breakdown, in the order the service sent it
 * @param creditBalance the user's credits
 * @param lastAccessed when the user last used Sivi, if the service said
 */
public record AccountAnalysis(
    UsageSummary yearly,
    List<UsageSummary> monthly,
    CreditBalance creditBalance,
    Optional<Instant> lastAccessed) {
  /**
   * Validates and copies every field.
   *
   * @param yearly see the record description
   * @param monthly see the record description
   * @param creditBalance see the record description
   * @param lastAccessed see the record description
   */
  public AccountAnalysis {
    Objects.requireNonNull(yearly, "yearlyAnalysis");
    monthly = List.copyOf(Objects.requireNonNull(monthly, "monthlyAnalysis"));
    Objects.requireNonNull(creditBalance, "creditBalance");
    Objects.requireNonNull(lastAccessed, "lastAccessed");
  }
}
