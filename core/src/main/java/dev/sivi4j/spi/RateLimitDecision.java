package dev.sivi4j.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * A rate limiter's answer: go now, go after a wait (the slot is reserved for the caller), or refused
 * because the caller's turn would come after its deadline (nothing was taken).
 *
 * @param granted whether the attempt may be sent
 * @param delay how long to wait before sending; zero when refused
 * @param fallback whether a stand-in limit decided, because the limiter's own store (such as a shared
 *     Redis) did not answer; the pipeline tells call listeners when this changes
 */
public record RateLimitDecision(boolean granted, Duration delay, boolean fallback) {
  private static final RateLimitDecision NOW = new RateLimitDecision(true, Duration.ZERO, false);
  private static final RateLimitDecision REFUSED = new RateLimitDecision(false, Duration.ZERO, false);

  /**
   * Validates the decision.
   *
   * @param granted see the record description
   * @param delay see the record description
   * @param fallback see the record description
   */
  public RateLimitDecision {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative (was " + delay + ")");
    }
    if (!granted && !delay.isZero()) {
      throw new IllegalArgumentException("a refusal has no wait");
    }
  }

  /**
   * Send now.
   *
   * @return the decision
   */
  public static RateLimitDecision now() {
    return NOW;
  }

  /**
   * Send after {@code delay}; the slot is the caller's.
   *
   * @param delay zero or more
   * @return the decision
   */
  public static RateLimitDecision after(Duration delay) {
    return delay.isZero() ? NOW : new RateLimitDecision(true, delay, false);
  }

  /**
   * Not within the caller's time; nothing was taken.
   *
   * @return the decision
   */
  public static RateLimitDecision refused() {
    return REFUSED;
  }

  /**
   * The same decision, marked as made by a stand-in limit while the limiter's own store is away.
   *
   * @return the marked decision
   */
  public RateLimitDecision byFallback() {
    return fallback ? this : new RateLimitDecision(granted, delay, true);
  }
}
