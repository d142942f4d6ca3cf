package dev.sivi4j.error;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/** A status the service does not document for this operation (for example a redirect or a bare 404). */
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
}
