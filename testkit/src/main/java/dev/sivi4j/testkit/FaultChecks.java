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

  static void nonNegative(Duration value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative (was " + value + ")");
    }
  }
}
