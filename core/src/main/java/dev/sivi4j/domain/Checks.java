package dev.sivi4j.domain;

import java.util.List;
import java.util.Objects;

/** Shared validation for domain values; messages name the field and what was wrong, never echo secrets. */
final class Checks {
  private Checks() {}

  /** Validates a free text field: non-blank, bounded, no control characters; returns it unchanged. */
  static String text(String value, String field, int maxLength) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(
          field + " must be at most " + maxLength + " characters (was " + value.length() + ")");
    }
    int bad = firstControlCharacter(value);
    if (bad >= 0) {
      throw new IllegalArgumentException(
          String.format(
              "%s must not contain control characters (found U+%04X at index %d)",
              field, (int) value.charAt(bad), bad));
    }
    return value;
  }

  /** Index of the first ISO control character (CR, LF, tab, NUL, ...) or -1. */
  static int firstControlCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Copies a list of text values, validating each element. */
  static List<String> texts(List<String> values, String field, int maxItems, int maxLength) {
    Objects.requireNonNull(values, field);
    if (values.size() > maxItems) {
      throw new IllegalArgumentException(
          field + " must have at most " + maxItems + " entries (was " + values.size() + ")");
    }
    for (int i = 0; i < values.size(); i++) {
      text(values.get(i), field + "[" + i + "]", maxLength);
    }
    return List.copyOf(values);
  }

  static long nonNegative(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative (was " + value + ")");
    }
    return value;
  }
}
