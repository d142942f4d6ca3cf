package dev.sivi4j.internal.pipeline;

import dev.sivi4j.spi.TimeSource;

/**
 * The client-side rate limit as a token bucket that holds a minute's worth of calls and refills
 * continuously. A call that finds it empty reserves the next free slot and is told how long to wait,
 * so callers queue in order instead of earning 429s.
 */
final class RateLimiter {
  private final TimeSource time;
  private final double capacity;
  private final double tokensPerNano;
  private double tokens;
  private long lastRefillNanos;

  private RateLimiter(TimeSource time, int perMinute) {
    this.time = time;
    this.capacity = perMinute;
    this.tokensPerNano = perMinute / 60e9;
    this.tokens = perMinute;
    this.lastRefillNanos = time.nanoTime();
  }

  /** A limiter for {@code perMinute} calls a minute, or null when there is no limit. */
  static RateLimiter perMinute(TimeSource time, int perMinute) {
    return new RateLimiter(time, perMinute);
  }

  /** Takes a slot; returns how many nanoseconds to wait before using it (0 = now). */
  synchronized long reserve() {
    long now = time.nanoTime();
    tokens = Math.min(capacity, tokens + (now - lastRefillNanos) * tokensPerNano);
    lastRefillNanos = now;
    tokens -= 1;
    return tokens >= 0 ? 0 : (long) Math.ceil(-tokens / tokensPerNano);
  }

  /** Gives back a slot a call reserved but will not use. */
  synchronized void release() {
    tokens = Math.min(capacity, tokens + 1);
  }
}
