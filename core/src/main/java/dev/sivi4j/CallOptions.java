package dev.sivi4j;

import java.util.Objects;
import java.util.Optional;

/**
 * Per-call overrides of the client's configuration, applied with {@code withOptions}: for example a
 * longer deadline for one export, or no retries for a call the caller retries itself.
 *
 * @param timeouts the timeouts to use instead of the client's, if any; the connect and pool-acquire
 *     timeouts belong to the connection pool and keep the client's values
 * @param retryPolicy the retry policy to use instead of the client's, if any
 */
public record CallOptions(Optional<Timeouts> timeouts, Optional<RetryPolicy> retryPolicy) {
  /**
   * Validates both fields.
   *
   * @param timeouts see the record description
   * @param retryPolicy see the record description
   */
  public CallOptions {
    Objects.requireNonNull(timeouts, "timeouts");
    Objects.requireNonNull(retryPolicy, "retryPolicy");
  }

  /**
   * No overrides.
   *
   * @return empty options
   */
  public static CallOptions none() {
    return new CallOptions(Optional.empty(), Optional.empty());
  }

  /**
   * These options with other timeouts.
   *
   * @param timeouts the timeouts
   * @return new options
   */
  public CallOptions withTimeouts(Timeouts timeouts) {
    return new CallOptions(Optional.of(timeouts), retryPolicy);
  }

  /**
   * These options with another retry policy.
   *
   * @param retryPolicy the policy
   * @return new options
   */
  public CallOptions withRetryPolicy(RetryPolicy retryPolicy) {
    return new CallOptions(timeouts, Optional.of(retryPolicy));
  }
}
