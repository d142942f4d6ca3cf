package dev.sivi4j.redis;

import dev.sivi4j.spi.RateLimitDecision;
import dev.sivi4j.spi.RateLimitRequest;
import dev.sivi4j.spi.SiviRateLimiter;
import dev.sivi4j.spi.TimeSource;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One rate limit shared by every process of a fleet that uses the same API key: a Bucket4j token
 * bucket on Redis, reached through Lettuce. Give it to each client with {@code
 * RateLimit.custom(limit)}:
 *
 * <pre>{@code
 * RedisRateLimit shared = RedisRateLimit.builder(connection).fleetSize(3).build();
 * SiviConfig config = SiviConfig.builder().apiKey(key).rateLimit(RateLimit.custom(shared)).build();
 * }</pre>
 *
 * <p><b>The bucket.</b> One bucket per API key, under the Redis key {@code sivi4j:rate-limit:}
 * followed by a SHA-256 digest of the API key (never the key itself). It refills at the rate, by
 * default the documented limit of the key's kind (100 a minute), continuously, and holds at most the
 * burst: by default the rate less one second's worth of it, at least one token (98 at 100 a minute).
 * The burst is smaller than the service's minute-sized bucket on purpose. The shared bucket starts its
 * refill clock when it grants a token; the service starts its own when the request arrives. With equal
 * sizes, once both are empty the shared bucket hands out the k-th token exactly when the service will
 * have it only if every request takes as long to arrive as the first one did; the first takes longest
 * (a new connection, classes loading), so later requests arrive before the service has refilled and
 * one earns a 429 (seen reliably, one or two a run, with a burst equal to the rate). Clocks add to it:
 * Bucket4j reads the wall clock in milliseconds, and the hosts of a fleet differ by their NTP error.
 * Holding back one second's worth of the rate absorbs up to a second of such lag. Within any window of
 * {@code t} seconds the fleet starts at most {@code burst + rate * t /
 * 60} calls. Every process of a fleet must be built with the same rate and burst.
 *
 * <p><b>Waiting.</b> A call that finds the bucket empty reserves the next token and is told when it is
 * due; the client sleeps (blocking) or sets a timer (async) until then. A call whose turn would come
 * after its deadline takes no token and fails at once with a call timeout. The blocking path uses
 * Bucket4j's blocking API, which waits for Redis; the async path uses its async API and never blocks.
 *
 * <p><b>Cost.</b> A permission is a Redis read and a compare-and-swap script (Bucket4j's Lettuce
 * integration); callers that ask at the same instant for one key retry each other's swaps, so the
 * permission slows as concurrency on a key grows (measured in {@code BENCHMARKS.md}). At Sivi's rates
 * (a few calls a second per key) that is seldom felt, but a burst of many simultaneous calls can take
 * longer than the Redis timeout and fall back.
 *
 * <p><b>When Redis is away</b> (down, slow, partitioned), the Redis round trips of one permission,
 * compare-and-swap retries included, are bounded together by {@link Builder#redisTimeout(Duration)}
 * (default 200 ms). A call whose permission fails or times out is limited
 * by an in-JVM bucket instead, at this process's share of the rate: {@link
 * Builder#fallbackPerMinute(int)}, or the rate divided by {@link Builder#fleetSize(int)}. The in-JVM
 * bucket starts each outage empty, so falling back adds no burst. The switch is logged once at WARN
 * (logger {@code dev.sivi4j.redis.RedisRateLimit}) and reported to {@link
 * Builder#onFallbackChange(Consumer)}; from then on one call every {@link
 * Builder#retryRedisEvery(Duration)} (default 1 s) asks Redis again, and the first answer switches
 * back (logged at INFO, reported too). {@link #usingFallback()} tells the current state. Lettuce
 * queues commands while it reconnects; a {@code ClientOptions.DisconnectedBehavior.REJECT_COMMANDS}
 * connection fails them at once instead, so the fallback starts without waiting for the timeout.
 *
 * <p><b>429s.</b> When the service answers 429 rate limited, the key's bucket is emptied, so every
 * process backs off, not only the one that was told; with a {@code Retry-After}, it is held empty for
 * that long.
 *
 * <p><b>Ownership.</b> A connection the user passes is never closed by sivi4j. {@link
 * #builder(RedisClient)} opens a connection of its own, which {@link #close()} closes, leaving the
 * client open. Clients never close the limiter: close it after the clients that use it.
 */
public final class RedisRateLimit implements SiviRateLimiter, AutoCloseable {
  private final FailoverLimiter limiter;
  private final SharedBuckets buckets;
  private final Settings settings;

  private RedisRateLimit(SharedBuckets buckets, Settings settings, TimeSource time) {
    this.buckets = buckets;
    this.settings = settings;
    this.limiter = new FailoverLimiter(buckets, settings, time);
  }

  /**
   * A shared limit on the user's connection, which sivi4j never closes.
   *
   * @param connection a connection with byte-array keys and values ({@code
   *     client.connect(ByteArrayCodec.INSTANCE)})
   * @return a builder
   */
  public static Builder builder(StatefulRedisConnection<byte[], byte[]> connection) {
    Objects.requireNonNull(connection, "connection");
    return new Builder(connection, null);
  }

  /**
   * A shared limit on a connection that sivi4j opens from the user's client and closes in {@link
   * #close()}; the client itself stays open.
   *
   * @param client the user's Redis client
   * @return a builder
   */
  public static Builder builder(RedisClient client) {
    Objects.requireNonNull(client, "client");
    return new Builder(null, client);
  }

  /** A builder with no Redis behind it, for tests that bring their own {@link SharedBuckets}. */
  static Builder unconnected() {
    return new Builder(null, null);
  }

  /**
   * Whether calls are limited in this JVM because Redis did not answer.
   *
   * @return true while falling back
   */
  public boolean usingFallback() {
    return limiter.usingFallback();
  }

  @Override
  public RateLimitDecision acquire(RateLimitRequest request) {
    return limiter.acquire(request);
  }

  @Override
  public CompletionStage<RateLimitDecision> acquireAsync(RateLimitRequest request) {
    return limiter.acquireAsync(request);
  }

  @Override
  public void onRateLimited(RateLimitRequest request, Optional<Duration> retryAfter) {
    limiter.onRateLimited(request, retryAfter);
  }
  /** The drain the last 429 sent to Redis, for tests that must see it land. */
  CompletableFuture<Void> lastDrain() {
    return limiter.lastDrain();
  }


  /** Closes the connection this limit opened, if it opened one; never the user's connection or client. */
  @Override
  public void close() {
    buckets.close();
  }

  @Override
  public String toString() {
    return "RedisRateLimit["
        + (settings.perMinute() > 0 ? settings.perMinute() + "/min" : "rate of the key's kind")
        + ", fleet of " + settings.fleetSize()
        + (usingFallback() ? ", in-JVM fallback" : ", on Redis")
        + "]";
  }

  /** Configures a {@link RedisRateLimit}. Not thread-safe. */
  public static final class Builder {
    private final @Nullable StatefulRedisConnection<byte[], byte[]> connection;
    private final @Nullable RedisClient client;
    private int perMinute;
    private int burst;
    private int fleetSize;
    private int fallbackPerMinute;
    private Duration redisTimeout = Duration.ofMillis(200);
    private Duration retryRedisEvery = Duration.ofSeconds(1);
    private String keyPrefix = "sivi4j:rate-limit:";
    private Consumer<Boolean> onFallbackChange = fallback -> {};
    private TimeSource time = TimeSource.system();

    private Builder(@Nullable StatefulRedisConnection<byte[], byte[]> connection, @Nullable RedisClient client) {
      this.connection = connection;
      this.client = client;
    }

    /**
     * The rate the fleet shares; by default the documented limit of the key's kind.
     *
     * @param requests calls a minute, 1 to 100000
     * @return this builder
     */
    public Builder perMinute(int requests) {
      this.perMinute = positive("perMinute", requests);
      return this;
    }

    /**
     * The most calls the fleet starts at once; by default the rate less one second's worth.
     *
     * @param tokens 1 to 100000
     * @return this builder
     */
    public Builder burst(int tokens) {
      this.burst = positive("burst", tokens);
      return this;
    }

    /**
     * How many processes share the key; each falls back to the rate divided by this while Redis is
     * away. This or {@link #fallbackPerMinute(int)} is required.
     *
     * @param processes 1 to 100000
     * @return this builder
     */
    public Builder fleetSize(int processes) {
      this.fleetSize = positive("fleetSize", processes);
      return this;
    }

    /**
     * The rate this process keeps to while Redis is away, instead of the rate divided by the fleet.
     *
     * @param requests calls a minute, 1 to 100000
     * @return this builder
     */
    public Builder fallbackPerMinute(int requests) {
      this.fallbackPerMinute = positive("fallbackPerMinute", requests);
      return this;
    }

    /**
     * The longest one permission's Redis round trips may take before the call falls back; default 200 ms.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder redisTimeout(Duration timeout) {
      this.redisTimeout = positive("redisTimeout", timeout);
      return this;
    }

    /**
     * While falling back, how often one call asks Redis again; default 1 s.
     *
     * @param interval positive
     * @return this builder
     */
    public Builder retryRedisEvery(Duration interval) {
      this.retryRedisEvery = positive("retryRedisEvery", interval);
      return this;
    }

    /**
     * What each bucket's Redis key starts with; default {@code sivi4j:rate-limit:}.
     *
     * @param prefix the prefix
     * @return this builder
     */
    public Builder keyPrefix(String prefix) {
      this.keyPrefix = Objects.requireNonNull(prefix, "prefix");
      return this;
    }

    /**
     * Told {@code true} when calls start falling back to the in-JVM limit and {@code false} when Redis
     * answers again; called on whichever thread noticed, so it must be quick and must not block.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder onFallbackChange(Consumer<Boolean> listener) {
      this.onFallbackChange = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** The clock of the in-JVM fallback and of the Redis retries; tests inject a fake. */
    Builder time(TimeSource source) {
      this.time = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Builds the limit; opens a connection if built from a client.
     *
     * @return the limit
     * @throws IllegalStateException if neither the fleet size nor the fallback rate is set
     */
    public RedisRateLimit build() {
      if (fleetSize == 0 && fallbackPerMinute == 0) {
        throw new IllegalStateException(
            "set fleetSize(n) or fallbackPerMinute(n): the rate each process keeps to while Redis is away");
      }
      Settings settings =
          new Settings(
              perMinute, burst, Math.max(1, fleetSize), fallbackPerMinute, redisTimeout, retryRedisEvery, keyPrefix,
              onFallbackChange);
      StatefulRedisConnection<byte[], byte[]> used = connection;
      AutoCloseable created = null;
      if (used == null) {
        used = Objects.requireNonNull(client).connect(ByteArrayCodec.INSTANCE);
        created = used;
      }
      return new RedisRateLimit(new LettuceBuckets(used, redisTimeout, keyPrefix, created), settings, time);
    }

    /** Builds on other buckets than Redis's, for tests of the failover on injected time. */
    RedisRateLimit build(SharedBuckets buckets) {
      Settings settings =
          new Settings(
              perMinute, burst, Math.max(1, fleetSize), fallbackPerMinute, redisTimeout, retryRedisEvery, keyPrefix,
              onFallbackChange);
      return new RedisRateLimit(buckets, settings, time);
    }

    private static int positive(String name, int value) {
      if (value < 1 || value > 100_000) {
        throw new IllegalArgumentException(name + " must be between 1 and 100000 (was " + value + ")");
      }
      return value;
    }

    private static Duration positive(String name, Duration value) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive (was " + value + ")");
      }
      return value;
    }
  }
}
