package dev.sivi4j.spi;

import java.util.concurrent.CompletionStage;

/**
 * The non-blocking way out: sends one request and completes when the whole response is in.
 *
 * <p>The same rules as {@link SiviTransport}. A failure completes the stage with a {@link
 * dev.sivi4j.error.TransportException}. Cancelling the returned stage (when it is a {@link
 * java.util.concurrent.Future}) should abort the request.
 */
public interface SiviAsyncTransport extends AutoCloseable {
  /**
   * Sends the request without blocking.
   *
   * @param request the request
   * @return the response, whatever its status, or a {@code TransportException}
   */
  CompletionStage<TransportResponse> send(TransportRequest request);

  /**
   * Schedules work after a delay, the way this transport's threads do it (a Vert.x timer on Vert.x);
   * the pipeline uses it for retry waits.
   *
   * @return the scheduler
   */
  Scheduler scheduler();

  /** Releases what this transport created; a user's own event loop or client is left open. */
  @Override
  void close();
}
