package dev.sivi4j.spi;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The in-JVM rate limit: a token bucket that holds a minute's worth of calls and refills
 * continuously. A call that finds it empty reserves the next free slot and is told how long to wait,
 * so callers queue in order instead of earning 429s; one whose slot lies past its deadline is refused
 * and takes nothing.
 */
final class InJvmRateLimiter implements SiviRateLimiter {
  private final TimeSource time;
  private final int perMinute;
  private final double capacity;
  private final double tokensPerNano;
  private double tokens;
  private long lastRefillNanos;

  InJvmRateLimiter(TimeSource time, int perMinute) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("perMinute must be positive (was " + perMinute + ")");
    }
    this.time = time;
    this.perMinute = perMinute;
    this.capacity = perMinute;
    this.tokensPerNano = perMinute / 60e9;
    this.tokens = perMinute;
    this.lastRefillNanos = time.nanoTime();
  }

  @Override
  public RateLimitDecision acquire(RateLimitRequest request) {
    long wait = reserve(request.maxWait().toNanos());
    return wait < 0 ? RateLimitDecision.refused() : RateLimitDecision.after(Duration.ofNanos(wait));
  }

  @Override
  public CompletionStage<RateLimitDecision> acquireAsync(RateLimitRequest request) {
    return CompletableFuture.completedFuture(acquire(request));
  }

  /** Empties the bucket: the next slot is a refill away. Slots already reserved stay reserved. */
  @Override
  public synchronized void onRateLimited(RateLimitRequest request, Optional<Duration> retryAfter) {
    refill();
    tokens = Math.min(tokens, 0);
  }

  /** Takes a slot and returns the nanoseconds to wait for it (0 = now), or -1 if that is not less than {@code maxWaitNanos}. */
  private synchronized long reserve(long maxWaitNanos) {
    refill();
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    long wait = (long) Math.ceil((1 - tokens) / tokensPerNano);
    if (wait >= maxWaitNanos) {
      return -1;
    }
    tokens -= 1;
    return wait;
  }

  private void refill() {
    long now = time.nanoTime();
    tokens = Math.min(capacity, tokens + (now - lastRefillNanos) * tokensPerNano);
    lastRefillNanos = now;
  }

  @Override
  public String toString() {
    return "InJvmRateLimiter[" + perMinute + "/min]";
  }
}
