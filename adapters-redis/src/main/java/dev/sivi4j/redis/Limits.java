package dev.sivi4j.redis;

/**
 * The shape of one key's shared bucket: it refills {@code perMinute} tokens a minute, continuously,
 * and holds at most {@code burst}.
 */
record Limits(int perMinute, int burst) {
  Limits {
    if (perMinute < 1 || burst < 1) {
      throw new IllegalArgumentException("rate and burst must be positive (were " + perMinute + ", " + burst + ")");
    }
  }

  /**
   * The default burst: the rate less one second's worth of it (at least one token), so the fleet's
   * bucket runs that far behind the service's own minute-sized bucket. See {@link RedisRateLimit}.
   */
  static int defaultBurst(int perMinute) {
    int headroom = Math.max(1, (perMinute + 59) / 60);
    return Math.max(1, perMinute - headroom);
  }

  /** Tokens that stand for {@code nanos} of refill, at most a full bucket. */
  long tokensFor(long nanos) {
    return Math.min(burst, (long) Math.ceil(nanos * (perMinute / 60e9)));
  }
}
