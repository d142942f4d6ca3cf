package dev.sivi4j.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * An export walk got the answer for one window.
 *
 * @param start the window's start, inclusive
 * @param end the window's end, exclusive
 * @param split whether the service had more than one answer holds, so the window is asked again in
 *     halves and this answer is dropped
 * @param variants designs in the answer
 * @param media media in the answer
 * @param content content items in the answer
 */
public record ExportWindowFetched(Instant start, Instant end, boolean split, int variants, int media, int content) {
  /**
   * Validates the fields.
   *
   * @param start see the record description
   * @param end see the record description
   * @param split see the record description
   * @param variants see the record description
   * @param media see the record description
   * @param content see the record description
   */
  public ExportWindowFetched {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }
}
