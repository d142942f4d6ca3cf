package dev.sivi4j.spi;

import dev.sivi4j.domain.Operation;
import dev.sivi4j.error.SiviException;
import dev.sivi4j.error.TransportErrorKind;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A call is over.
 *
 * @param operation the operation
 * @param outcome how it ended
 * @param exceptionType the exception it failed with, or null on success
 * @param attempts how many attempts were sent
 * @param duration the whole call, waits included
 * @param httpStatus the last attempt's HTTP status, or 0 when it got none
 * @param envelopeStatus the last attempt's envelope status, or 0 when it had none
 * @param transportError how the last attempt failed below HTTP, or null
 */
public record CallEnded(
    Operation operation,
    CallOutcome outcome,
    @Nullable Class<? extends SiviException> exceptionType,
    int attempts,
    Duration duration,
    int httpStatus,
    int envelopeStatus,
    @Nullable TransportErrorKind transportError) {
  /**
   * Validates the fields.
   *
   * @param operation see the record description
   * @param outcome see the record description
   * @param exceptionType see the record description
   * @param attempts see the record description
   * @param duration see the record description
   * @param httpStatus see the record description
   * @param envelopeStatus see the record description
   * @param transportError see the record description
   */
  public CallEnded {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(duration, "duration");
  }
}
