package dev.sivi4j.error;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/** The API key may not do this (403), for example a key of the wrong kind. */
public final class PermissionDeniedException extends SiviApiException {
  @Serial private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param context where it happened
   * @param serverMessage the service's message, if any
   */
  public PermissionDeniedException(ErrorContext context, @Nullable String serverMessage) {
    super(context, "permission denied", serverMessage);
  }
}
