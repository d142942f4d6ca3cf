package dev.sivi4j.spi;

import dev.sivi4j.domain.Operation;
import java.time.Duration;
import java.util.Objects;

/**
 * A failed attempt will be retried.
 *
 * @param operation the operation
 * @param failedAttempt the attempt that failed, from 1
 * @param delay the wait before the next attempt
 * @param reason why: the status that failed it ({@code "503"}, {@code "429"}) or the transport error
 *     kind ({@code "CONNECTION_RESET"}); always one of a small, fixed set
 * @param serverRequested whether the delay is the service's {@code Retry-After} rather than backoff
 */
public record RetryScheduled(
    Operation operation, int failedAttempt, Duration delay, String reason, boolean serverRequested) {
  /**
   * Validates the fields.
   *
   * @param operation see the record description
   * @param failedAttempt see the record description
   * @param delay see the record description
   * @param reason see the record description
   * @param serverRequested see the record description
   */
  public RetryScheduled {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(reason, "reason");
  }
}
