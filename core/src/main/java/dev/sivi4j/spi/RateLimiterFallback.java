package dev.sivi4j.spi;

/**
 * The client's rate limiter started or stopped deciding by a stand-in limit: a shared limiter (such as
 * {@code sivi4j-redis}) whose store stopped answering falls back to an in-JVM share of the rate, and
 * returns when the store answers again. Told once per change, not per call.
 *
 * @param active true when the stand-in limit took over, false when the limiter's own store is back
 */
public record RateLimiterFallback(boolean active) {}
