package dev.sivi4j.spi;

import dev.sivi4j.domain.Operation;
import java.time.Duration;
import java.util.Objects;

/**
 * A call waits for the client-side rate limit.
 *
 * @param operation the operation
 * @param delay how long it waits before its next attempt
 */
public record RateLimitWait(Operation operation, Duration delay) {
  /**
   * Validates the fields.
   *
   * @param operation see the record description
   * @param delay see the record description
   */
  public RateLimitWait {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(delay, "delay");
  }
}
