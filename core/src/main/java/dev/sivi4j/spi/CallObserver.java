package dev.sivi4j.spi;

/**
 * What a {@link CallListener} gave for one call: hears its attempts, waits and end, in order. Only a
 * cancellation, which comes from the caller's thread, may end a call while another of its events is
 * being told. Every method does nothing unless overridden.
 */
public interface CallObserver {
  /**
   * An observer that ignores everything.
   *
   * @return the observer
   */
  static CallObserver none() {
    return NoCallObserver.INSTANCE;
  }

  /**
   * An attempt is about to be sent. The observer may add headers to this attempt's request, such as a
   * W3C {@code traceparent}.
   *
   * @param event the attempt
   * @param headers where to add headers; valid only during this call
   */
  default void attemptStarted(AttemptStarted event, AttemptHeaders headers) {}

  /**
   * An attempt got an answer, or failed without one.
   *
   * @param event the attempt's outcome
   */
  default void attemptEnded(AttemptEnded event) {}

  /**
   * A failed attempt will be retried after a wait.
   *
   * @param event the delay and why
   */
  default void retryScheduled(RetryScheduled event) {}

  /**
   * The call waits for the client-side rate limit before its next attempt.
   *
   * @param event how long
   */
  default void rateLimitWait(RateLimitWait event) {}

  /**
   * The call is over: the last event for it.
   *
   * @param event the outcome
   */
  default void callEnded(CallEnded event) {}
}
