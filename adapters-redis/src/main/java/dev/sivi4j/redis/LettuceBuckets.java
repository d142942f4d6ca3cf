package dev.sivi4j.redis;

import dev.sivi4j.spi.RateLimitDecision;
import dev.sivi4j.spi.RateLimitRequest;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The shared buckets on Redis: Bucket4j's compare-and-swap proxies over a Lettuce connection, its
 * blocking API on the blocking path and its async API on the async path. A slot is taken with {@code
 * consumeIgnoringRateLimits(1)}, which reserves the next token and answers how long until it is due;
 * a reservation past the caller's deadline is given back with {@code addTokens(1)}.
 */
final class LettuceBuckets implements SharedBuckets {
  /** How long an idle key's bucket outlives its refill to full. */
  private static final Duration KEEP_AFTER_FULL = Duration.ofMinutes(1);

  private final LettuceBasedProxyManager<byte[]> proxies;
  private final AsyncProxyManager<byte[]> asyncProxies;
  private final String keyPrefix;
  private final @Nullable AutoCloseable created;
  private final ConcurrentHashMap<String, Proxies> byKey = new ConcurrentHashMap<>();

  /**
   * @param connection the connection to use
   * @param timeout the bound on each Redis command
   * @param keyPrefix what every bucket's Redis key starts with
   * @param created what this store opened itself and so closes, or null
   */
  LettuceBuckets(StatefulRedisConnection<byte[], byte[]> connection, Duration timeout, String keyPrefix, @Nullable AutoCloseable created) {
    this.proxies =
        Bucket4jLettuce.casBasedBuilder(connection)
            .requestTimeout(timeout)
            .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_FULL))
            .build();
    this.asyncProxies = proxies.asAsync();
    this.keyPrefix = keyPrefix;
    this.created = created;
  }

  @Override
  public RateLimitDecision reserve(RateLimitRequest request, Limits limits) {
    BucketProxy bucket = proxies(request, limits).blocking;
    long nanos = bucket.consumeIgnoringRateLimits(1);
    if (nanos < request.maxWait().toNanos()) {
      return RateLimitDecision.after(Duration.ofNanos(nanos));
    }
    bucket.addTokens(1);
    return RateLimitDecision.refused();
  }

  @Override
  public CompletionStage<RateLimitDecision> reserveAsync(RateLimitRequest request, Limits limits) {
    AsyncBucketProxy bucket = proxies(request, limits).async;
    return bucket
        .consumeIgnoringRateLimits(1)
        .thenApply(
            nanos -> {
              if (nanos < request.maxWait().toNanos()) {
                return RateLimitDecision.after(Duration.ofNanos(nanos));
              }
              // Giving back is best effort: a token lost to a failed give-back only slows the fleet.
              bucket.addTokens(1);
              return RateLimitDecision.refused();
            });
  }

  @Override
  public CompletionStage<Void> drain(RateLimitRequest request, Limits limits, Optional<Duration> pause) {
    AsyncBucketProxy bucket = proxies(request, limits).async;
    long hold = pause.map(d -> limits.tokensFor(d.toNanos())).orElse(0L);
    // One write takes what is left plus the pause's worth: no instance ever sees a bucket emptied but
    // not yet held (two writes would show that in between).
    return bucket.getAvailableTokens()
        .thenCompose(
            available -> {
              long take = Math.max(0, available) + hold;
              return take > 0
                  ? bucket.consumeIgnoringRateLimits(take).thenApply(nanos -> (Void) null)
                  : CompletableFuture.<Void>completedFuture(null);
            });
  }

  private Proxies proxies(RateLimitRequest request, Limits limits) {
    Proxies known = byKey.get(request.keyId());
    if (known != null && known.limits.equals(limits)) {
      return known;
    }
    return byKey.compute(request.keyId(), (id, old) -> old != null && old.limits.equals(limits) ? old : newProxies(id, limits));
  }

  private Proxies newProxies(String keyId, Limits limits) {
    BucketConfiguration configuration =
        BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(limits.burst()).refillGreedy(limits.perMinute(), Duration.ofMinutes(1)))
            .build();
    byte[] key = (keyPrefix + keyId).getBytes(StandardCharsets.UTF_8);
    return new Proxies(
        limits,
        proxies.getProxy(key, () -> configuration),
        asyncProxies.getProxy(key, () -> CompletableFuture.completedFuture(configuration)));
  }

  @Override
  public void close() {
    if (created != null) {
      try {
        created.close();
      } catch (Exception e) {
        throw new IllegalStateException("could not close the Redis connection sivi4j opened", e);
      }
    }
  }

  /** One key's bucket, as seen through each API. */
  private record Proxies(Limits limits, BucketProxy blocking, AsyncBucketProxy async) {}
}
