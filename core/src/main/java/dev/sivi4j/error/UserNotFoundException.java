package dev.sivi4j.error;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/** The user does not exist (400 or 404 with any of the service's not-found messages). */
public final class UserNotFoundException extends SiviApiException {
  @Serial private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param context where it happened
   * @param serverMessage the service's message, if any
   */
  public UserNotFoundException(ErrorContext context, @Nullable String serverMessage) {
    super(context, "user not found", serverMessage);
  }
}
