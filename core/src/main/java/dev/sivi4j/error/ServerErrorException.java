package dev.sivi4j.error;

import java.io.Serial;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The service failed (5xx), or a proxy in front of it did; retried for 500, 502, 503 and 504. */
public final class ServerErrorException extends SiviApiException {
  @Serial private static final long serialVersionUID = 1L;

  /** The wait the service asked for, if any. */
  private final @Nullable Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param context where it happened
   * @param serverMessage the service's message, if any
   * @param retryAfter the wait the service asked for, if any
   */
  public ServerErrorException(
      ErrorContext context, @Nullable String serverMessage, @Nullable Duration retryAfter) {
    super(context, "server error", serverMessage);
    this.retryAfter = retryAfter;
  }

  /**
   * The wait the service asked for in {@code Retry-After}, if it sent one.
   *
   * @return the wait
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
