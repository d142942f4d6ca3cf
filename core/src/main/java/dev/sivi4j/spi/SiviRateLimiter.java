package dev.sivi4j.spi;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The client-side rate limit as a port: the pipeline asks it for permission before every attempt
 * (retries included), and tells it when the service answered 429 rate limited. Set one with {@code
 * RateLimit.custom(limiter)}; {@code RateLimit.perMinute(n)} and {@code RateLimit.forKeyKind()} use
 * {@link #inJvm(int)}, and {@code sivi4j-redis} shares one limit across a fleet of processes.
 *
 * <p>A limiter never sleeps for the wait it grants: it answers how long the caller must wait, and the
 * pipeline waits, sleeping on the blocking path and scheduling a timer on the async path. Each call
 * passes {@link RateLimitRequest#maxWait() the time left before its deadline}; a limiter refuses,
 * without taking a slot, a call whose turn would come later than that, and the call then fails fast
 * with a call timeout. Implementations must be thread-safe; one limiter may serve several clients.
 */
public interface SiviRateLimiter {
  /**
   * Asks for one attempt's permission on the blocking path. It may block the calling thread for its
   * own bookkeeping (a round trip to a shared store), briefly and never longer than its own bounded
   * timeout, but never for the wait it grants.
   *
   * @param request whose call asks, and how long it may wait
   * @return the permission and how long to wait before sending, or a refusal
   */
  RateLimitDecision acquire(RateLimitRequest request);

  /**
   * Asks for one attempt's permission on the async path. Must not block: the calling thread may be an
   * event loop.
   *
   * @param request whose call asks, and how long it may wait
   * @return the permission and how long to wait before sending, or a refusal; a failed stage fails
   *     the call
   */
  CompletionStage<RateLimitDecision> acquireAsync(RateLimitRequest request);

  /**
   * The service answered an attempt with 429 rate limited (not {@code Insufficient credit limit}): the
   * limit is tighter than this limiter believed, perhaps because another process uses the same key. A
   * limiter should stop granting for a while, draining what it holds. Must not block. The default
   * does nothing.
   *
   * @param request the request that let the refused attempt through (its {@code maxWait} is zero)
   * @param retryAfter the service's {@code Retry-After}, if it sent one
   */
  default void onRateLimited(RateLimitRequest request, Optional<Duration> retryAfter) {}

  /**
   * The in-JVM limiter on the system clock: a token bucket holding a minute's worth of calls that
   * refills continuously; a call that finds it empty reserves the next free slot, so calls queue in
   * order. It holds one bucket whatever the key, for the process it lives in.
   *
   * @param perMinute calls a minute, 1 or more
   * @return the limiter
   */
  static SiviRateLimiter inJvm(int perMinute) {
    return inJvm(perMinute, TimeSource.system());
  }

  /**
   * The in-JVM limiter on the given clock, for tests that check waits without waiting.
   *
   * @param perMinute calls a minute, 1 or more
   * @param time the clock it refills by
   * @return the limiter
   */
  static SiviRateLimiter inJvm(int perMinute, TimeSource time) {
    return new InJvmRateLimiter(time, perMinute);
  }
}
