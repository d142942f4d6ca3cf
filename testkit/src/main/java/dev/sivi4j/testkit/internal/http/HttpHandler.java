package dev.sivi4j.testkit.internal.http;

/**
 * Answers one HTTP request received by a {@link LoopbackHttpServer}.
 *
 * <p>Called on the connection's own thread, so calls for different connections run concurrently and an
 * implementation must be thread-safe. A thrown exception, or a {@code null} reply, is answered with a plain-text
 * {@code 500}.
 */
@FunctionalInterface
public interface HttpHandler {

  /**
   * Computes the reply to a request.
   *
   * @param request the fully read request, body included
   * @return the reply to write, optionally carrying a {@link WireFault} to play instead of or around it
   * @throws Exception any failure; the server answers {@code 500} and keeps the connection
   */
  HttpReply handle(HttpRequestData request) throws Exception;
}
