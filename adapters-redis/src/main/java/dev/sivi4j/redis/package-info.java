/**
 * One rate limit for a whole fleet of sivi4j clients: {@link dev.sivi4j.redis.RedisRateLimit}, a
 * Bucket4j token bucket on Redis through Lettuce, behind core's rate-limiter port.
 */
@NullMarked
package dev.sivi4j.redis;

import org.jspecify.annotations.NullMarked;
