package dev.sivi4j.testkit.internal.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The {@code Date} header value (RFC 9110 IMF-fixdate, e.g. {@code Fri, 04 Dec 2026 01:02:03 GMT}), on the
 * system clock, formatted once a second.
 */
final class HttpDate {
  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private static volatile Stamp last = new Stamp(Long.MIN_VALUE, "");

  private HttpDate() {}

  static String now() {
    long second = System.currentTimeMillis() / 1000;
    Stamp stamp = last;
    if (stamp.second != second) {
      stamp = new Stamp(second, IMF_FIXDATE.format(Instant.ofEpochSecond(second)));
      last = stamp;
    }
    return stamp.text;
  }

  static String format(Instant instant) {
    return IMF_FIXDATE.format(instant);
  }

  private record Stamp(long second, String text) {}
}
