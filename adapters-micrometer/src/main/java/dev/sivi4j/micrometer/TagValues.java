package dev.sivi4j.micrometer;

import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.spi.AttemptEnded;
import dev.sivi4j.spi.CallOutcome;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The tag names, and the small fixed sets of values they take. */
final class TagValues {
  static final String OPERATION = "operation";
  static final String OUTCOME = "outcome";
  static final String STATUS = "status";
  static final String EXCEPTION = "exception";
  static final String ERROR = "error";
  static final String REASON = "reason";
  static final String NONE = "none";

  private static final String[] CLASSES = {NONE, "1xx", "2xx", "3xx", "4xx", "5xx"};
  private static final String[] OUTCOMES = lowerCase(CallOutcome.values());
  private static final String[] ERRORS = lowerCase(TransportErrorKind.values());

  private TagValues() {}

  /** {@code 2xx} and so on, or {@code none} for no status (or one outside 100-599). */
  static String statusClass(int status) {
    return status >= 100 && status <= 599 ? CLASSES[status / 100] : NONE;
  }

  static String outcome(CallOutcome outcome) {
    return OUTCOMES[outcome.ordinal()];
  }

  static String exception(@Nullable Class<?> type) {
    return type == null ? NONE : type.getSimpleName();
  }

  static String error(@Nullable TransportErrorKind kind) {
    return kind == null ? NONE : ERRORS[kind.ordinal()];
  }

  /** An attempt's outcome in the terms of a call's. */
  static String attemptOutcome(AttemptEnded event) {
    TransportErrorKind kind = event.transportError();
    if (kind != null) {
      return outcome(
          kind.isTimeout() ? CallOutcome.TIMEOUT
              : kind == TransportErrorKind.CANCELLED ? CallOutcome.CANCELLED
              : CallOutcome.TRANSPORT_ERROR);
    }
    int status = event.effectiveStatus();
    return outcome(status >= 200 && status < 300 ? CallOutcome.SUCCESS : CallOutcome.API_ERROR);
  }

  /** Each constant's name in lower case, by ordinal: made once, not per call. */
  private static String[] lowerCase(Enum<?>[] constants) {
    String[] names = new String[constants.length];
    for (Enum<?> constant : constants) {
      names[constant.ordinal()] = constant.name().toLowerCase(Locale.ROOT);
    }
    return names;
  }
}
