package dev.sivi4j.error;

import java.io.Serial;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Too many requests (any 429 but the documented credit-exhaustion messages); retried with backoff. */
public final class RateLimitedException extends SiviApiException {
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
  public RateLimitedException(
      ErrorContext context, @Nullable String serverMessage, @Nullable Duration retryAfter) {
    super(context, "rate limited", serverMessage);
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
