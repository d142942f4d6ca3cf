package dev.sivi4j.domain;

import java.util.Objects;
import java.util.OptionalLong;

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
    long bytes = SizeText.bytes(text);
    return new DataSize(text, bytes < 0 ? OptionalLong.empty() : OptionalLong.of(bytes));
  }

  @Override
  public String toString() {
    return text;
  }
}
