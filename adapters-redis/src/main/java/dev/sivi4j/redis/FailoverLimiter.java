package dev.sivi4j.redis;

import dev.sivi4j.domain.Operation;
import dev.sivi4j.spi.RateLimitDecision;
import dev.sivi4j.spi.RateLimitRequest;
import dev.sivi4j.spi.SiviRateLimiter;
import dev.sivi4j.spi.TimeSource;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared limit with its way out: every call asks the shared buckets; when they fail or do not
 * answer in time, calls fall back to an in-JVM limiter at this process's share of the rate, and one
 * call every {@code retryRedisEvery} asks Redis again, returning to it as soon as it answers.
 */
final class FailoverLimiter implements SiviRateLimiter {
  private static final Logger LOG = LoggerFactory.getLogger(RedisRateLimit.class);
  /** What {@link #empty} tells an in-JVM bucket; the in-JVM limiter reads none of it. */
  private static final RateLimitRequest EMPTYING = new RateLimitRequest("-", Operation.LOGIN_USER, 1, Duration.ZERO);

  private final SharedBuckets shared;
  private final Settings settings;
  private final TimeSource time;
  private volatile CompletableFuture<Void> lastDrain = CompletableFuture.completedFuture(null);
  private final ConcurrentHashMap<String, SiviRateLimiter> fallbacks = new ConcurrentHashMap<>();
  private final AtomicLong nextRedisTryNanos = new AtomicLong();
  private volatile boolean usingFallback;

  FailoverLimiter(SharedBuckets shared, Settings settings, TimeSource time) {
    this.shared = shared;
    this.settings = settings;
    this.time = time;
  }

  boolean usingFallback() {
    return usingFallback;
  }

  @Override
  public RateLimitDecision acquire(RateLimitRequest request) {
    if (usingFallback && !claimRedisTry()) {
      return fallback(request).acquire(request).byFallback();
    }
    RateLimitDecision decision;
    try {
      decision = shared.reserve(request, settings.limits(request));
    } catch (RuntimeException e) {
      redisFailed(e);
      return fallback(request).acquire(request).byFallback();
    }
    redisAnswered();
    return decision;
  }

  @Override
  public CompletionStage<RateLimitDecision> acquireAsync(RateLimitRequest request) {
    if (usingFallback && !claimRedisTry()) {
      return fallback(request).acquireAsync(request).thenApply(RateLimitDecision::byFallback);
    }
    CompletionStage<RateLimitDecision> answer;
    try {
      answer = shared.reserveAsync(request, settings.limits(request));
    } catch (RuntimeException e) {
      redisFailed(e);
      return fallback(request).acquireAsync(request).thenApply(RateLimitDecision::byFallback);
    }
    return answer
        .handle(
            (decision, error) -> {
              if (error != null) {
                redisFailed(error);
                return fallback(request).acquireAsync(request).thenApply(RateLimitDecision::byFallback);
              }
              redisAnswered();
              return CompletableFuture.completedFuture(decision);
            })
        .thenCompose(stage -> stage);
  }

  @Override
  public void onRateLimited(RateLimitRequest request, Optional<Duration> retryAfter) {
    if (usingFallback) {
      fallback(request).onRateLimited(request, retryAfter);
      return;
    }
    CompletionStage<Void> drained;
    try {
      drained = shared.drain(request, settings.limits(request), retryAfter);
    } catch (RuntimeException e) {
      redisFailed(e);
      return;
    }
    lastDrain = drained.toCompletableFuture();
    drained.whenComplete(
        (ignored, error) -> {
          if (error != null) {
            redisFailed(error);
          }
        });
  }

  /** The drain the last 429 sent to Redis (sent without waiting), for tests that must see it land. */
  CompletableFuture<Void> lastDrain() {
    return lastDrain;
  }

  /** While falling back: whether this call is the one that asks Redis again now. */
  private boolean claimRedisTry() {
    long now = time.nanoTime();
    long due = nextRedisTryNanos.get();
    return now - due >= 0 && nextRedisTryNanos.compareAndSet(due, now + settings.retryRedisEvery().toNanos());
  }

  private void redisFailed(Throwable failure) {
    nextRedisTryNanos.set(time.nanoTime() + settings.retryRedisEvery().toNanos());
    if (usingFallback) {
      LOG.debug("Redis still does not answer: {}", describe(failure));
      return;
    }
    synchronized (this) {
      if (usingFallback) {
        return;
      }
      // Each outage starts from empty in-JVM buckets, so falling back adds no burst to what Redis let through.
      fallbacks.values().forEach(FailoverLimiter::empty);
      usingFallback = true;
    }
    LOG.warn(
        "Redis does not answer ({}); limiting calls in this JVM at its share of the rate until it does, "
            + "asking Redis again every {} ms",
        describe(failure),
        settings.retryRedisEvery().toMillis());
    tell(true);
  }

  private void redisAnswered() {
    if (!usingFallback) {
      return;
    }
    synchronized (this) {
      if (!usingFallback) {
        return;
      }
      usingFallback = false;
    }
    LOG.info("Redis answers again; the fleet shares its rate limit again");
    tell(false);
  }

  private void tell(boolean fallback) {
    try {
      settings.onFallbackChange().accept(fallback);
    } catch (RuntimeException e) {
      LOG.warn("the fallback listener failed: {}", e.toString());
    }
  }

  private SiviRateLimiter fallback(RateLimitRequest request) {
    return fallbacks.computeIfAbsent(
        request.keyId(),
        id -> {
          SiviRateLimiter limiter = SiviRateLimiter.inJvm(settings.fallbackRate(request), time);
          empty(limiter);
          return limiter;
        });
  }

  /** Empties an in-JVM bucket, which starts full: the port's 429 hook does exactly that. */
  private static void empty(SiviRateLimiter limiter) {
    limiter.onRateLimited(EMPTYING, Optional.empty());
  }

  private static String describe(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  @Override
  public String toString() {
    return "FailoverLimiter[" + (usingFallback ? "in-JVM fallback" : "Redis") + "]";
  }
}
