package dev.sivi4j.testkit.internal.engine;

/**
 * A rate limit as a token bucket holding a minute's worth of requests and refilling continuously, on
 * whatever clock the caller reads (the fake clock, so tests refill it by advancing time).
 */
final class TokenBucket {
  private static final double NANOS_PER_MINUTE = 60e9;

  private final double capacity;
  private double tokens;
  private long lastNanos;

  TokenBucket(int perMinute, long nowNanos) {
    this.capacity = perMinute;
    this.tokens = perMinute;
    this.lastNanos = nowNanos;
  }

  /** Takes one token if there is one. */
  synchronized boolean tryTake(long nowNanos) {
    if (nowNanos > lastNanos) {
      tokens = Math.min(capacity, tokens + (nowNanos - lastNanos) * capacity / NANOS_PER_MINUTE);
      lastNanos = nowNanos;
    }
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }
}
