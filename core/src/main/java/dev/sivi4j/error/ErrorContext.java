package dev.sivi4j.error;

import dev.sivi4j.domain.Operation;
import java.util.Objects;

/**
 * Where a failure happened: the facts every {@link SiviException} carries.
 *
 * @param operation the operation that failed
 * @param httpStatus the HTTP status, or 0 if no response was received
 * @param envelopeStatus the {@code status} of the response envelope, or 0 if there was none
 * @param attempts how many attempts were made, at least 1 (0 if the call failed before any)
 * @param bodyExcerpt a short, sanitized excerpt of the response body, or empty
 */
public record ErrorContext(
    Operation operation, int httpStatus, int envelopeStatus, int attempts, String bodyExcerpt) {
  /**
   * Validates every field.
   *
   * @param operation see the record description
   * @param httpStatus see the record description
   * @param envelopeStatus see the record description
   * @param attempts see the record description
   * @param bodyExcerpt see the record description
   */
  public ErrorContext {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(bodyExcerpt, "bodyExcerpt");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative (was " + attempts + ")");
    }
  }

  /**
   * A context for a failure that had no response.
   *
   * @param operation the operation
   * @param attempts the attempts made
   * @return the context
   */
  public static ErrorContext withoutResponse(Operation operation, int attempts) {
    return new ErrorContext(operation, 0, 0, attempts, "");
  }

  /**
   * The status that decided the outcome: the envelope's when there was one, else the HTTP status.
   *
   * @return the effective status, or 0 if there was no response
   */
  public int effectiveStatus() {
    return envelopeStatus != 0 ? envelopeStatus : httpStatus;
  }
}
