package dev.sivi4j.redis;

import dev.sivi4j.spi.RateLimitRequest;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * What a {@link RedisRateLimit} was built with. {@code perMinute}, {@code burst} and {@code
 * fallbackPerMinute} are 0 when not set: the request's default rate, {@link Limits#defaultBurst} and
 * the rate's share for one member of the fleet.
 */
record Settings(
    int perMinute,
    int burst,
    int fleetSize,
    int fallbackPerMinute,
    Duration redisTimeout,
    Duration retryRedisEvery,
    String keyPrefix,
    Consumer<Boolean> onFallbackChange) {

  /** The shared bucket's shape for a request's key. */
  Limits limits(RateLimitRequest request) {
    int rate = perMinute > 0 ? perMinute : request.defaultPerMinute();
    return new Limits(rate, burst > 0 ? burst : Limits.defaultBurst(rate));
  }

  /** The in-JVM rate while Redis is away: the configured one, or the shared rate divided by the fleet. */
  int fallbackRate(RateLimitRequest request) {
    if (fallbackPerMinute > 0) {
      return fallbackPerMinute;
    }
    int rate = perMinute > 0 ? perMinute : request.defaultPerMinute();
    return Math.max(1, rate / fleetSize);
  }
}
