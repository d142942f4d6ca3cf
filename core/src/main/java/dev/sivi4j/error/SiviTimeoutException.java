package dev.sivi4j.error;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/** A timeout: connect, pool acquire, per attempt, or the whole-call deadline ({@link #kind()} says which). */
public final class SiviTimeoutException extends SiviTransportException {
  @Serial private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param context where it happened
   * @param kind which timeout fired; must be a timeout kind
   * @param detail a description without secrets
   * @param cause the underlying failure, if any
   */
  public SiviTimeoutException(
      ErrorContext context, TransportErrorKind kind, String detail, @Nullable Throwable cause) {
    super(context, requireTimeout(kind), detail, cause);
  }

  private static TransportErrorKind requireTimeout(TransportErrorKind kind) {
    if (!kind.isTimeout()) {
      throw new IllegalArgumentException(kind + " is not a timeout kind");
    }
    return kind;
  }
}
