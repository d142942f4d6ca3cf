package dev.sivi4j;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how sivi4j tries a call again.
 *
 * <p>Every Sivi operation is safe to repeat, so sivi4j retries failures that are accidents: connect
 * failures, resets and closes, per-attempt timeouts, HTTP 500/502/503/504 and 429 rate limiting. It
 * never retries answers: 400, 401, 403, 404, 422, or 429 {@code Insufficient credit limit}.
 *
 * <p>Waits use full jitter: before retry {@code n} (from 1) the wait is uniform in {@code [0, min(maxDelay,
 * baseDelay × 2^(n-1)))}. A {@code Retry-After} from the service replaces the drawn wait when the call's
 * deadline leaves room for it; otherwise the call fails now with that answer. A retry budget shared by
 * all calls of a client (a token bucket: a retry costs {@value #RETRY_COST} tokens, a success returns
 * one) stops a dead service from being hammered.
 *
 * @param maxAttempts attempts in all, first included (1 = no retries)
 * @param baseDelay the first backoff ceiling
 * @param maxDelay the largest backoff ceiling
 * @param budgetTokens the retry budget's capacity
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, int budgetTokens) {
  /** Tokens one retry takes from the budget. */
  public static final int RETRY_COST = 5;

  private static final RetryPolicy DEFAULTS =
      new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), 500);

  /**

   * Validates every field.

   *

   * @param maxAttempts see the record description

   * @param baseDelay see the record description

   * @param maxDelay see the record description

   * @param budgetTokens see the record description

   */

  public RetryPolicy {
    if (maxAttempts < 1 || maxAttempts > 10) {
      throw new IllegalArgumentException(
          "maxAttempts must be between 1 and 10 (was " + maxAttempts + ")");
    }
    Objects.requireNonNull(baseDelay, "baseDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (baseDelay.isNegative() || maxDelay.isNegative()) {
      throw new IllegalArgumentException("retry delays must not be negative");
    }
    if (maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException(
          "maxDelay (" + maxDelay + ") must not be less than baseDelay (" + baseDelay + ")");
    }
    if (budgetTokens < 0) {
      throw new IllegalArgumentException("budgetTokens must not be negative (was " + budgetTokens + ")");
    }
  }

  /**
   * 3 attempts, base 500 ms, cap 8 s, a budget of 500 tokens (100 retries).
   *
   * @return the defaults
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * One attempt, never a retry.
   *
   * @return the policy
   */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0);
  }

  /**
   * A copy with another number of attempts.
   *
   * @param value attempts in all, 1 to 10
   * @return the copy
   */
  public RetryPolicy withMaxAttempts(int value) {
    return new RetryPolicy(value, baseDelay, maxDelay, budgetTokens);
  }

  /**
   * A copy with other backoff delays.
   *
   * @param base the first ceiling
   * @param max the largest ceiling
   * @return the copy
   */
  public RetryPolicy withBackoff(Duration base, Duration max) {
    return new RetryPolicy(maxAttempts, base, max, budgetTokens);
  }

  /**
   * A copy with another budget capacity.
   *
   * @param tokens the capacity; 0 disables retries once the first one is refused
   * @return the copy
   */
  public RetryPolicy withBudgetTokens(int tokens) {
    return new RetryPolicy(maxAttempts, baseDelay, maxDelay, tokens);
  }

  /**
   * The ceiling of the wait before retry {@code n}: {@code min(maxDelay, baseDelay × 2^(n-1))}.
   *
   * @param retry the retry number, from 1
   * @return the exclusive upper bound of the jittered wait
   */
  public Duration backoffCeiling(int retry) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry must be at least 1 (was " + retry + ")");
    }
    int shift = Math.min(retry - 1, 30);
    long ceilingNanos = baseDelay.toNanos();
    for (int i = 0; i < shift && ceilingNanos < maxDelay.toNanos(); i++) {
      ceilingNanos *= 2;
    }
    return Duration.ofNanos(Math.min(ceilingNanos, maxDelay.toNanos()));
  }
}
