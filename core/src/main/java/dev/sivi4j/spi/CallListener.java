package dev.sivi4j.spi;

/**
 * Observes every call a client makes, for metrics and traces. Given in {@link
 * dev.sivi4j.SiviConfig.Builder#addCallListener(CallListener)}; both transports report through the same
 * pipeline, so a listener sees the same events from a blocking and a Vert.x client.
 *
 * <p>At the start of each call the client asks every listener for a {@link CallObserver}, which then
 * hears that call's attempts, waits and end; per-call state (a span, a timer sample) lives in the
 * observer. Events arrive on the thread that drives the call (the caller's, or a Vert.x event loop), so
 * a listener must be quick and must never block. A listener that throws is logged once, at {@code WARN},
 * and the call goes on as if it had not been there. No event carries the API key, a session token, a
 * user id or a body.
 *
 * <p>With no listener configured the pipeline creates no event and pays nothing.
 */
@FunctionalInterface
public interface CallListener {
  /**
   * A call starts.
   *
   * @param event what is called
   * @return what observes the rest of the call; {@link CallObserver#none()} to ignore it
   */
  CallObserver callStarted(CallStarted event);

  /**
   * An export walk got the answer for one of its windows: a page, or a window split in halves because
   * the service had more than one answer holds.
   *
   * @param event the window
   */
  default void exportWindowFetched(ExportWindowFetched event) {}

  /**
   * The rate limiter switched to or from its stand-in limit (see {@link RateLimitDecision#fallback()}).
   *
   * @param event which way it switched
   */
  default void rateLimiterFallback(RateLimiterFallback event) {}
}
