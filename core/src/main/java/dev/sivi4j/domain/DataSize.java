package dev.sivi4j.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size as the service writes it, such as {@code "25Mb"}, with the number of bytes when it can be read.
 *
 * <p>The service documents no format; sivi4j reads a number followed by {@code B}, {@code Kb}, {@code
 * Mb}, {@code Gb} or {@code Tb} (any case, optional space) as binary multiples (1 Mb = 1024 × 1024
 * bytes). Text it cannot read is kept, with {@link #bytes()} empty, rather than failing the whole
 * response.
 *
 * @param text the text as received
 * @param bytes the size in bytes, if the text could be read
 */
public record DataSize(String text, OptionalLong bytes) {
  private static final Pattern FORMAT =
      Pattern.compile("\\s*(\\d{1,15}(?:\\.\\d{1,6})?)\\s*([kKmMgGtT]?)[bB](?:ytes?)?\\s*");
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  /**

   * Validates both fields.

   *

   * @param text see the record description

   * @param bytes see the record description

   */

  public DataSize {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(bytes, "bytes");
  }

  /**
   * Reads a size such as {@code "25Mb"}.
   *
   * @param text the service's text
   * @return the size, with bytes empty when the text has an unknown format
   */
  public static DataSize parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      return new DataSize(text, OptionalLong.empty());
    }
    int shift =
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
          case "k" -> 10;
          case "m" -> 20;
          case "g" -> 30;
          case "t" -> 40;
          default -> 0;
        };
    BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1L << shift));
    if (bytes.compareTo(LONG_MAX) > 0) {
      // longValue() would wrap to a meaningless (even negative) size.
      return new DataSize(text, OptionalLong.empty());
    }
    return new DataSize(text, OptionalLong.of(bytes.longValue()));
  }

  @Override
  public String toString() {
    return text;
  }
}
