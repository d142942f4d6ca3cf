package dev.sivi4j.redis;

import dev.sivi4j.spi.RateLimitDecision;
import dev.sivi4j.spi.RateLimitRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The store every process of the fleet shares, one bucket per key. Each operation is bounded by the
 * store's own timeout and fails (throws, or fails its stage) when the store does not answer in time.
 */
interface SharedBuckets extends AutoCloseable {
  /**
   * Takes a slot for the request's key, blocking for the round trip: granted with the wait until the
   * slot, or refused (and nothing kept) when that wait is not shorter than {@code request.maxWait()}.
   */
  RateLimitDecision reserve(RateLimitRequest request, Limits limits);

  /** {@link #reserve} without blocking. */
  CompletionStage<RateLimitDecision> reserveAsync(RateLimitRequest request, Limits limits);

  /** Empties the key's bucket, then holds it empty for {@code pause} if given; without blocking. */
  CompletionStage<Void> drain(RateLimitRequest request, Limits limits, Optional<Duration> pause);

  /** Releases what the store created; never what the user gave it. */
  @Override
  void close();
}
