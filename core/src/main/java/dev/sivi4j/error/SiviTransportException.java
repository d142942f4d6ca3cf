package dev.sivi4j.error;

import java.io.Serial;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * No answer could be had from the service: connection refused, reset or closed, TLS or DNS failure,
 * interruption. Timeouts are the subclass {@link SiviTimeoutException}.
 */
public sealed class SiviTransportException extends SiviException permits SiviTimeoutException {
  @Serial private static final long serialVersionUID = 1L;

  /** What went wrong. */
  private final TransportErrorKind kind;

  /**
   * Creates the exception.
   *
   * @param context where it happened
   * @param kind what went wrong
   * @param detail a description without secrets
   * @param cause the underlying failure, if any
   */
  public SiviTransportException(
      ErrorContext context, TransportErrorKind kind, String detail, @Nullable Throwable cause) {
    super(context, detail, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /**
   * What went wrong.
   *
   * @return the kind
   */
  public TransportErrorKind kind() {
    return kind;
  }

  /**
   * Whether the service may have received and acted on the request.
   *
   * @return true if the request may have been sent
   */
  public boolean outcomeUnknown() {
    return kind.outcomeUnknown();
  }
}
