package dev.sivi4j.testkit;

import java.time.Duration;
import java.util.Objects;

/** Validation shared by the {@link Fault} records. */
final class FaultChecks {
  private FaultChecks() {}

  static void status(int status) {
    if (status < 200 || status > 599) {
      throw new IllegalArgumentException("status must be between 200 and 599 (was " + status + ")");
    }
  }

  static String headerName(String name) {
    Objects.requireNonNull(name, "header name");
    if (name.isEmpty() || !name.chars().allMatch(c -> c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0)) {
      throw new IllegalArgumentException("header name must be an HTTP token (was \"" + name + "\")");
    }
    return name;
  }

  static String headerValue(String name, String value) {
    Objects.requireNonNull(value, name);
    if (value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
      throw new IllegalArgumentException(name + " must not contain line breaks or NUL");
    }
    return value;
  }

  static void nonNegative(Duration value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative (was " + value + ")");
    }
  }
}
