package dev.sivi4j.error;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/** The API key was missing or not accepted (401). */
public final class AuthenticationException extends SiviApiException {
  @Serial private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param context where it happened
   * @param serverMessage the service's message, if any
   */
  public AuthenticationException(ErrorContext context, @Nullable String serverMessage) {
    super(context, "authentication failed", serverMessage);
  }
}
