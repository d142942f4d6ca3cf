package dev.sivi4j.spi;

import dev.sivi4j.domain.Operation;
import java.time.Duration;
import java.util.Objects;

/**
 * What a call tells the rate limiter when it asks to send an attempt. It never carries the API key:
 * {@code keyId} is a SHA-256 digest derived from it, stable across processes, so a shared limiter can keep one
 * bucket per key without storing the key.
 *
 * @param keyId a hex SHA-256 digest of the client's API key (with a fixed sivi4j prefix)
 * @param operation the operation asking
 * @param defaultPerMinute the documented limit of the key's kind, for limiters not told a rate
 * @param maxWait the longest the call can wait for its turn: the time left before its deadline
 */
public record RateLimitRequest(String keyId, Operation operation, int defaultPerMinute, Duration maxWait) {
  /**
   * Validates the request.
   *
   * @param keyId see the record description
   * @param operation see the record description
   * @param defaultPerMinute see the record description
   * @param maxWait see the record description
   */
  public RateLimitRequest {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(maxWait, "maxWait");
    if (defaultPerMinute < 1) {
      throw new IllegalArgumentException("defaultPerMinute must be positive (was " + defaultPerMinute + ")");
    }
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException("maxWait must not be negative (was " + maxWait + ")");
    }
  }

  /**
   * The same request with another wait bound.
   *
   * @param wait the new bound
   * @return the request
   */
  public RateLimitRequest withMaxWait(Duration wait) {
    return new RateLimitRequest(keyId, operation, defaultPerMinute, wait);
  }
}
