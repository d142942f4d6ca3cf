package dev.sivi4j.error;

import java.io.Serial;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A status the service does not document for this operation: a redirect, or a 404 without one of the
 * documented not-found messages (most likely a wrong endpoint or path prefix, which the message says).
 */
public final class UnexpectedStatusException extends SiviApiException {
  @Serial private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param context where it happened
   * @param serverMessage the service's message, if any
   */
  public UnexpectedStatusException(ErrorContext context, @Nullable String serverMessage) {
    super(context, "unexpected status", serverMessage);
  }

  /**
   * Creates the exception with a summary saying what the status most likely means.
   *
   * @param context where it happened
   * @param summary what the status most likely means, such as a wrong endpoint for a bare 404
   * @param serverMessage the service's message, if any
   */
  public UnexpectedStatusException(ErrorContext context, String summary, @Nullable String serverMessage) {
    super(context, "unexpected status: " + Objects.requireNonNull(summary, "summary"), serverMessage);
  }
}
