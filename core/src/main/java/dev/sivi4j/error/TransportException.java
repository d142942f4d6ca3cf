package dev.sivi4j.error;

import java.io.Serial;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link dev.sivi4j.spi.SiviTransport} reports a failure to the pipeline, which decides whether
 * to retry and turns the last one into a {@link SiviTransportException}, {@link SiviTimeoutException}
 * or {@link SiviResponseException}. Users of sivi4j never see it; implementers of a transport throw it.
 */
public final class TransportException extends Exception {
  @Serial private static final long serialVersionUID = 1L;

  /** What went wrong. */
  private final TransportErrorKind kind;

  /**
   * Creates the failure.
   *
   * @param kind what went wrong
   * @param message a description without secrets
   * @param cause the underlying failure, if any
   */
  public TransportException(TransportErrorKind kind, String message, @Nullable Throwable cause) {
    super(message, cause);
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
}
