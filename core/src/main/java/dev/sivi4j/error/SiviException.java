package dev.sivi4j.error;

import dev.sivi4j.domain.Operation;
import java.io.Serial;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The root of every failure sivi4j reports. Unchecked and sealed: a failure is an answer from the
 * service ({@link SiviApiException}), a failure to get one ({@link SiviTransportException}), or an
 * answer that could not be read ({@link SiviResponseException}).
 *
 * <p>Each carries the operation, the HTTP and envelope status where there was a response, how many
 * attempts were made, and a short sanitized excerpt of the body. None ever contains the API key.
 */
public abstract sealed class SiviException extends RuntimeException
    permits SiviApiException, SiviTransportException, SiviResponseException {
  @Serial private static final long serialVersionUID = 1L;

  /** The operation that failed. */
  private final Operation operation;
  /** The HTTP status, or 0. */
  private final int httpStatus;
  /** The envelope status, or 0. */
  private final int envelopeStatus;
  /** The attempts made. */
  private final int attempts;
  /** A sanitized excerpt of the body. */
  private final String bodyExcerpt;

  SiviException(ErrorContext context, String detail, @Nullable Throwable cause) {
    super(describe(context, detail), cause);
    this.operation = context.operation();
    this.httpStatus = context.httpStatus();
    this.envelopeStatus = context.envelopeStatus();
    this.attempts = context.attempts();
    this.bodyExcerpt = context.bodyExcerpt();
  }

  private static String describe(ErrorContext context, String detail) {
    StringBuilder text = new StringBuilder(context.operation().methodName()).append(" failed");
    if (context.attempts() > 1) {
      text.append(" after ").append(context.attempts()).append(" attempts");
    }
    text.append(": ").append(detail);
    if (context.httpStatus() != 0) {
      text.append(" (HTTP ").append(context.httpStatus());
      if (context.envelopeStatus() != 0 && context.envelopeStatus() != context.httpStatus()) {
        text.append(", envelope status ").append(context.envelopeStatus());
      }
      text.append(')');
    }
    return text.toString();
  }

  /**
   * The operation that failed.
   *
   * @return the operation
   */
  public Operation operation() {
    return operation;
  }

  /**
   * The HTTP status of the last response, if one was received.
   *
   * @return the status, or empty
   */
  public OptionalInt httpStatus() {
    return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }

  /**
   * The {@code status} field of the last response's envelope, if it had one.
   *
   * @return the status, or empty
   */
  public OptionalInt envelopeStatus() {
    return envelopeStatus == 0 ? OptionalInt.empty() : OptionalInt.of(envelopeStatus);
  }

  /**
   * How many attempts were made before giving up.
   *
   * @return the attempt count
   */
  public int attempts() {
    return attempts;
  }

  /**
   * A short, sanitized excerpt of the last response body.
   *
   * @return the excerpt, or an empty string
   */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }
}
