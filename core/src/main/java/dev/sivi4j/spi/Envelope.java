package dev.sivi4j.spi;

import org.jspecify.annotations.Nullable;

/**
 * A decoded response envelope {@code {"status": ..., "body": ...}}.
 *
 * <p>On success {@code body} holds the decoded body and {@code message} is null; on failure {@code body}
 * is null and {@code message} is {@code body.message} if the service sent one as a string.
 *
 * @param status the envelope's {@code status}, or 0 if it had none
 * @param body the decoded body on success, else null
 * @param message the error message on failure, if any
 * @param <T> the body type
 */
public record Envelope<T>(int status, @Nullable T body, @Nullable String message) {
  /**
   * A success.
   *
   * @param status the envelope status, or 0
   * @param body the decoded body
   * @param <T> the body type
   * @return the envelope
   */
  public static <T> Envelope<T> success(int status, T body) {
    return new Envelope<>(status, body, null);
  }

  /**
   * A failure.
   *
   * @param status the envelope status, or 0
   * @param message the message, if any
   * @param <T> the body type
   * @return the envelope
   */
  public static <T> Envelope<T> failure(int status, @Nullable String message) {
    return new Envelope<>(status, null, message);
  }

  /**
   * Whether the envelope is a success.
   *
   * @return true if it carries a body
   */
  public boolean isSuccess() {
    return body != null;
  }
}
