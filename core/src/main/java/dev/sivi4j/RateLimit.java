package dev.sivi4j;

import java.util.OptionalInt;

/**
 * The client-side rate limit: how many calls per minute one client starts, so it queues calls instead
 * of earning 429s. By default it follows the documented limit of the key's kind (100 a minute for
 * superuser and enterprise keys).
 */
public final class RateLimit {
  /** The documented limit of a superuser key, also used for enterprise keys (whose limit is custom). */
  public static final int DOCUMENTED_PER_MINUTE = 100;

  private static final RateLimit OFF = new RateLimit(0);
  private static final RateLimit FOR_KEY_KIND = new RateLimit(-1);

  private final int perMinute;

  private RateLimit(int perMinute) {
    this.perMinute = perMinute;
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
   * The calls per minute for a key kind, or empty when off.
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
    return other instanceof RateLimit that && that.perMinute == perMinute;
  }

  @Override
  public int hashCode() {
    return perMinute;
  }

  @Override
  public String toString() {
    return perMinute == 0 ? "RateLimit[off]" : perMinute < 0 ? "RateLimit[for key kind]" : "RateLimit[" + perMinute + "/min]";
  }
}
