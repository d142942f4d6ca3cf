package dev.sivi4j.error;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/** The service rejected the request's input (422, or 400 with any message but the documented not-found ones, or none). */
public final class InvalidInputException extends SiviApiException {
  @Serial private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param context where it happened
   * @param serverMessage the service's message, if any
   */
  public InvalidInputException(ErrorContext context, @Nullable String serverMessage) {
    super(context, "invalid input", serverMessage);
  }
}
