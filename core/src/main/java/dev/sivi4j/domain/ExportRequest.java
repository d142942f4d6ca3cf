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
 * <p>The service caps each answer and flags {@code next: 1} when it had more, with no cursor, so sivi4j
 * splits such a window in halves and asks again. The splitting is bounded: a window is split only while
 * both halves last at least {@link #MIN_SPLIT_WINDOW}, and the requests spent on one window of {@code
 * windowSize} (its first request and those of its halves) never exceed {@link #MAX_CALLS_PER_WINDOW}. A
 * window still flagged at either bound comes back as a page with {@link ExportPage#complete()} false. So
 * an export of a range of {@code R} seconds in windows of {@code W} seconds sends at most
 * {@code ceil(R / W) × min(64, max(1, 2 × floor(W / 60) − 1))} requests: a 30-day range in the default
 * window, however often the service says {@code next: 1}, costs at most 64 requests, where halving down
 * to one second would have cost about five million.
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
   * The shortest window sivi4j splits a flagged window into: a window is halved only if both halves last
   * at least this long.
   */
  public static final Duration MIN_SPLIT_WINDOW = Duration.ofSeconds(60);

  /**
   * The most requests sivi4j spends on one window of the request's {@code windowSize}, its halves
   * included; a flagged window whose split would exceed it is returned incomplete instead.
   */
  public static final int MAX_CALLS_PER_WINDOW = 64;

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
