package dev.sivi4j.internal.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Reads a {@code Retry-After} header: delta seconds or an HTTP date; anything else is ignored. */
final class RetryAfter {
  /** Waits longer than this are not a retry hint but a refusal; they are reported, not honoured. */
  static final Duration MAX = Duration.ofHours(1);

  private RetryAfter() {}

  static @Nullable Duration parse(@Nullable String value, Instant now) {
    if (value == null) {
      return null;
    }
    String text = value.trim();
    if (text.matches("\\d{1,9}")) {
      Duration delay = Duration.ofSeconds(Long.parseLong(text));
      return delay.compareTo(MAX) <= 0 ? delay : MAX;
    }
    try {
      Instant when = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration delay = Duration.between(now, when);
      if (delay.isNegative()) {
        return Duration.ZERO;
      }
      return delay.compareTo(MAX) <= 0 ? delay : MAX;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
