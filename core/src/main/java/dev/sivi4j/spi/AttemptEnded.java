package dev.sivi4j.spi;

import dev.sivi4j.domain.Operation;
import dev.sivi4j.error.TransportErrorKind;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An attempt got an answer, whatever its status, or failed without one.
 *
 * @param operation the operation
 * @param attempt the attempt number, from 1
 * @param httpStatus the HTTP status, or 0 when no answer came
 * @param envelopeStatus the envelope's status, or 0 when the body was no envelope or no answer came
 * @param duration from sending to the answer or the failure
 * @param transportError how it failed below HTTP, or null when an answer came
 * @param requestBytes the size of the request body
 * @param responseBytes the size of the response body, 0 when no answer came
 */
public record AttemptEnded(
    Operation operation,
    int attempt,
    int httpStatus,
    int envelopeStatus,
    Duration duration,
    @Nullable TransportErrorKind transportError,
    long requestBytes,
    long responseBytes) {
  /**
   * Validates the fields.
   *
   * @param operation see the record description
   * @param attempt see the record description
   * @param httpStatus see the record description
   * @param envelopeStatus see the record description
   * @param duration see the record description
   * @param transportError see the record description
   * @param requestBytes see the record description
   * @param responseBytes see the record description
   */
  public AttemptEnded {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(duration, "duration");
  }

  /**
   * The status that decided the attempt: the envelope's where there was one, else the HTTP status.
   *
   * @return the status, or 0 when no answer came
   */
  public int effectiveStatus() {
    return envelopeStatus != 0 ? envelopeStatus : httpStatus;
  }
}
