/**
 * What a rate-limit permission costs per call: the in-JVM limiter against {@code sivi4j-redis}'s shared
 * bucket, blocking and async, at several concurrencies ({@link dev.sivi4j.benchmarks.ratelimit.RateLimiterCost}).
 */
@NullMarked
package dev.sivi4j.benchmarks.ratelimit;

import org.jspecify.annotations.NullMarked;
