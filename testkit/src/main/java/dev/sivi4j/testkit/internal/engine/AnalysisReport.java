package dev.sivi4j.testkit.internal.engine;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.sivi4j.testkit.Usage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * account-analysis, computed from the recorded activity.
 *
 * <p>The docs do not say what "the past year" is or how months are keyed, so the fake uses the twelve
 * calendar months (UTC) ending with the current one: {@code monthlyAnalysis} always has twelve
 * entries, oldest first, and {@code yearlyAnalysis} is their sum. {@code mediaSize} is written in
 * binary megabytes with at most two decimals ({@code "25Mb"}, {@code "2.5Mb"}, {@code "0Mb"}). {@code
 * creditBalance.usedCredits} is what the user used in the current billing cycle and {@code
 * availableCredits} what it may still use (the smaller of its limit's and the master pool's rest).
 * {@code lastAccessed} is the last login or recorded usage, in Unix seconds.
 */
final class AnalysisReport {
  static final int MONTHS = 12;

  private AnalysisReport() {}

  /** Builds the body. Caller holds the account's monitor and the user's. */
  static JsonObject build(MasterAccount account, EndUser user, Instant now) {
    YearMonth current = YearMonth.from(now.atOffset(ZoneOffset.UTC));
    YearMonth first = current.minusMonths(MONTHS - 1L);
    long[][] months = new long[MONTHS][5];
    for (ActivityRecord record : user.activities) {
      YearMonth month = YearMonth.from(record.at().atOffset(ZoneOffset.UTC));
      if (month.isBefore(first) || month.isAfter(current)) {
        continue;
      }
      long[] sums = months[(int) (month.getYear() * 12L + month.getMonthValue() - (first.getYear() * 12L + first.getMonthValue()))];
      Usage a = record.activity();
      sums[0] += a.generatedVariations();
      sums[1] += a.editedDesigns();
      sums[2] += a.downloadedDesigns();
      sums[3] += a.media();
      sums[4] += a.mediaBytes();
    }
    long[] year = new long[5];
    JsonArray monthly = new JsonArray();
    for (long[] sums : months) {
      for (int i = 0; i < year.length; i++) {
        year[i] += sums[i];
      }
      monthly.add(summary(sums));
    }
    JsonObject balance = new JsonObject();
    balance.addProperty("availableCredits", account.available(user, now));
    balance.addProperty("usedCredits", user.credits.used(account.cycle(now)));
    JsonObject body = new JsonObject();
    body.add("yearlyAnalysis", summary(year));
    body.add("monthlyAnalysis", monthly);
    body.add("creditBalance", balance);
    body.addProperty("lastAccessed", user.lastAccessed.getEpochSecond());
    return body;
  }

  private static JsonObject summary(long[] sums) {
    JsonObject summary = new JsonObject();
    summary.addProperty("numberOfGeneratedDesignVariations", sums[0]);
    summary.addProperty("numberOfEditedDesigns", sums[1]);
    summary.addProperty("numberOfDownloadedDesigns", sums[2]);
    summary.addProperty("numberOfMedia", sums[3]);
    summary.addProperty("mediaSize", megabytes(sums[4]));
    return summary;
  }

  /** Bytes as binary megabytes with at most two decimals, such as {@code "2.5Mb"}. */
  static String megabytes(long bytes) {
    BigDecimal mb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1L << 20), 2, RoundingMode.HALF_UP);
    return (mb.signum() == 0 ? "0" : mb.stripTrailingZeros().toPlainString()) + "Mb";
  }
}
