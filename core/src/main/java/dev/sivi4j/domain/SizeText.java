package dev.sivi4j.domain;

/**
 * The size grammar of {@link DataSize}, read by hand because every account analysis carries a size per
 * month: optional blanks, 1 to 15 digits with up to 6 decimals, optional blanks, an optional unit
 * letter ({@code k m g t}, any case), {@code b} or {@code B}, optionally followed by {@code yte} or
 * {@code ytes}, optional blanks. Fractions of a byte are dropped, as the service shows rounded sizes.
 */
final class SizeText {
  private static final int MAX_DIGITS = 15;
  private static final int MAX_DECIMALS = 6;
  private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  private final String text;
  private int at;

  private SizeText(String text) {
    this.text = text;
  }

  /** The size in bytes, or -1 if the text does not follow the grammar or exceeds {@code Long.MAX_VALUE}. */
  static long bytes(String text) {
    return new SizeText(text).read();
  }

  private long read() {
    skipBlanks();
    int start = at;
    long whole = digits();
    int wholeDigits = at - start;
    if (wholeDigits == 0 || wholeDigits > MAX_DIGITS) {
      return -1;
    }
    long fraction = 0;
    int decimals = 0;
    if (next('.')) {
      start = at;
      fraction = digits();
      decimals = at - start;
      if (decimals == 0 || decimals > MAX_DECIMALS) {
        return -1;
      }
    }
    skipBlanks();
    int shift = unitShift();
    if (!next('b') && !next('B')) {
      return -1;
    }
    if (text.startsWith("yte", at)) {
      at += 3;
      next('s');
    }
    skipBlanks();
    if (at != text.length() || whole > Long.MAX_VALUE >> shift) {
      return -1;
    }
    // fraction < 10^6 < 2^20 and shift <= 40, so the shifted fraction fits in a long.
    long fractionBytes = (fraction << shift) / POWERS_OF_TEN[decimals];
    long wholeBytes = whole << shift;
    return wholeBytes > Long.MAX_VALUE - fractionBytes ? -1 : wholeBytes + fractionBytes;
  }

  /** Reads ASCII digits; the caller bounds their count, so at most 15 of them reach the value. */
  private long digits() {
    long value = 0;
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      if (value < 1_000_000_000_000_000L) {
        value = value * 10 + (text.charAt(at) - '0');
      }
      at++;
    }
    return value;
  }

  private int unitShift() {
    if (at >= text.length()) {
      return 0;
    }
    int shift =
        switch (text.charAt(at)) {
          case 'k', 'K' -> 10;
          case 'm', 'M' -> 20;
          case 'g', 'G' -> 30;
          case 't', 'T' -> 40;
          default -> 0;
        };
    if (shift > 0) {
      at++;
    }
    return shift;
  }

  private boolean next(char expected) {
    if (at < text.length() && text.charAt(at) == expected) {
      at++;
      return true;
    }
    return false;
  }

  /** The blanks of {@code \s} in Java regular expressions: space, tab, line feed, VT, form feed, CR. */
  private void skipBlanks() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
        return;
      }
      at++;
    }
  }
}
