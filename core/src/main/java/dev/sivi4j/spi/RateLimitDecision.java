package dev.sivi4j.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * A rate limiter's answer: go now, go after a wait (the slot is reserved for the caller), or refused
 * because the caller's turn would come after its deadline (nothing was taken).
 *
 * @param granted whether the attempt may be sent
 * @param delay how long to wait before sending; zero when refused
 */
public record RateLimitDecision(boolean granted, Duration delay) {
  private static final RateLimitDecision NOW = new RateLimitDecision(true, Duration.ZERO);
  private static final RateLimitDecision REFUSED = new RateLimitDecision(false, Duration.ZERO);

  /**
   * Validates the decision.
   *
   * @param granted see the record description
   * @param delay see the record description
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
    return delay.isZero() ? NOW : new RateLimitDecision(true, delay);
  }

  /**
   * Not within the caller's time; nothing was taken.
   *
   * @return the decision
   */
  public static RateLimitDecision refused() {
    return REFUSED;
  }
}
