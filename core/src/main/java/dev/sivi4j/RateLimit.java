package dev.sivi4j;

import dev.sivi4j.spi.SiviRateLimiter;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The client-side rate limit: how many calls per minute one client starts, so it queues calls instead
 * of earning 429s. By default it follows the documented limit of the key's kind (100 a minute for
 * superuser and enterprise keys). These limits live in the JVM; {@link #custom(SiviRateLimiter)} plugs in
 * another limiter, such as {@code sivi4j-redis}'s, which one fleet of processes shares.
 */
public final class RateLimit {
  /** The documented limit of a superuser key, also used for enterprise keys (whose limit is custom). */
  public static final int DOCUMENTED_PER_MINUTE = 100;

  private static final RateLimit OFF = new RateLimit(0);
  private static final RateLimit FOR_KEY_KIND = new RateLimit(-1);

  private final int perMinute;
  private final @Nullable SiviRateLimiter custom;

  private RateLimit(int perMinute) {
    this.perMinute = perMinute;
    this.custom = null;
  }

  private RateLimit(SiviRateLimiter custom) {
    this.perMinute = 0;
    this.custom = custom;
  }

  /**
   * The documented limit for the key's kind.
   *
   * @return the default limit
   */
  public static RateLimit forKeyKind() {
    return FOR_KEY_KIND;
  }

  /**
   * No client-side limit.
   *
   * @return the limit that never waits
   */
  public static RateLimit off() {
    return OFF;
  }

  /**
   * At most {@code requests} calls started per minute.
   *
   * @param requests 1 to 100000
   * @return the limit
   */
  public static RateLimit perMinute(int requests) {
    if (requests < 1 || requests > 100_000) {
      throw new IllegalArgumentException(
          "rate limit must be between 1 and 100000 requests a minute (was " + requests + ")");
    }
    return new RateLimit(requests);
  }

  /**
   * A limiter of the user's: every attempt asks it for permission, and every 429 rate limited answer
   * is reported to it. The client never closes it; one limiter may serve several clients.
   *
   * @param limiter the limiter
   * @return the limit
   */
  public static RateLimit custom(SiviRateLimiter limiter) {
    return new RateLimit(Objects.requireNonNull(limiter, "limiter"));
  }

  /**
   * The user's limiter, if this is {@link #custom(SiviRateLimiter)}.
   *
   * @return the limiter
   */
  public Optional<SiviRateLimiter> customLimiter() {
    return Optional.ofNullable(custom);
  }

  /**
   * The calls per minute the in-JVM limiter allows for a key kind, or empty when off or custom.
   *
   * @param kind the key kind
   * @return calls per minute
   */
  public OptionalInt requestsPerMinute(KeyKind kind) {
    if (perMinute == 0) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(perMinute < 0 ? DOCUMENTED_PER_MINUTE : perMinute);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RateLimit that && that.perMinute == perMinute && that.custom == custom;
  }

  @Override
  public int hashCode() {
    return custom != null ? System.identityHashCode(custom) : perMinute;
  }

  @Override
  public String toString() {
    if (custom != null) {
      return "RateLimit[custom " + custom + "]";
    }
    return perMinute == 0 ? "RateLimit[off]" : perMinute < 0 ? "RateLimit[for key kind]" : "RateLimit[" + perMinute + "/min]";
  }
}
