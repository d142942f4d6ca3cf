package dev.sivi4j.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A request to export what a user created between two instants.
 *
 * <p>The service accepts at most {@link #MAX_WINDOW} per call, so sivi4j walks the range in windows of
 * {@code windowSize} (default {@link #DEFAULT_WINDOW}, as the service suggests) and yields one {@link
 * ExportPage} per window. Instants are sent as Unix seconds and truncated to whole seconds.
 *
 * @param userId the user to export
 * @param start the start of the range, inclusive
 * @param end the end of the range, exclusive
 * @param windowSize the length of each window, at most {@link #MAX_WINDOW}
 */
public record ExportRequest(AbstractUserId userId, Instant start, Instant end, Duration windowSize) {
  /** The longest range one export-data call accepts. */
  public static final Duration MAX_WINDOW = Duration.ofDays(90);

  /** The window sivi4j uses unless told otherwise. */
  public static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

  /** The shortest window: the service counts in whole seconds. */
  public static final Duration MIN_WINDOW = Duration.ofSeconds(1);

  /**

   * Validates every field.

   *

   * @param userId see the record description

   * @param start see the record description

   * @param end see the record description

   * @param windowSize see the record description

   */

  public ExportRequest {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(windowSize, "windowSize");
    if (start.getEpochSecond() < 0) {
      throw new IllegalArgumentException("start must not be before 1970-01-01 (was " + start + ")");
    }
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "end must be after start (start " + start + ", end " + end + ")");
    }
    if (windowSize.compareTo(MIN_WINDOW) < 0 || windowSize.compareTo(MAX_WINDOW) > 0) {
      throw new IllegalArgumentException(
          "windowSize must be between 1 second and 90 days (was " + windowSize + ")");
    }
  }

  /**
   * Exports {@code [start, end)} in windows of the default size.
   *
   * @param userId the user
   * @param start the start, inclusive
   * @param end the end, exclusive
   * @return the request
   */
  public static ExportRequest of(AbstractUserId userId, Instant start, Instant end) {
    return new ExportRequest(userId, start, end, DEFAULT_WINDOW);
  }

  /**
   * The same request with another window size.
   *
   * @param windowSize between 1 second and 90 days
   * @return a new request
   */
  public ExportRequest withWindowSize(Duration windowSize) {
    return new ExportRequest(userId, start, end, windowSize);
  }
}
