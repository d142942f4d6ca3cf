package dev.sivi4j.internal.pipeline;

import dev.sivi4j.error.SiviException;
import dev.sivi4j.spi.RateLimitRequest;
import dev.sivi4j.spi.SiviRateLimiter;
import dev.sivi4j.spi.TransportRequest;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What a call wants next. The blocking and the async driver both loop over these; they differ only in
 * how they send and how they wait.
 */
sealed interface Step<T> {
  /** Send this attempt, then report the outcome to the call. */
  record Send<T>(TransportRequest request) implements Step<T> {}

  /**
   * Ask the rate limiter (blocking or async, as the driver runs), then report its decision with {@link
   * Call#onDecision} or its failure with {@link Call#onLimiterFailure}.
   */
  record Acquire<T>(SiviRateLimiter limiter, RateLimitRequest request) implements Step<T> {}

  /** Wait, then call {@link Call#resume()}. */
  record Wait<T>(Duration delay) implements Step<T> {}

  /** The call succeeded. */
  record Done<T>(@Nullable T value) implements Step<T> {}

  /** The call failed for good. */
  record Fail<T>(SiviException error) implements Step<T> {}
}
