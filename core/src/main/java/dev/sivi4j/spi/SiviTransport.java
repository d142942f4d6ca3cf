package dev.sivi4j.spi;

import dev.sivi4j.error.TransportException;

/**
 * The blocking way out: sends one request and waits for the whole response.
 *
 * <p>Implementations are thread-safe, honour {@link TransportRequest#timeout()} and {@link
 * TransportRequest#maxResponseBytes()}, never retry, never follow redirects, and release every
 * connection whatever happens.
 */
public interface SiviTransport extends AutoCloseable {
  /**
   * Sends the request and reads the response.
   *
   * @param request the request
   * @return the response, whatever its status
   * @throws TransportException if no complete response could be had
   */
  TransportResponse send(TransportRequest request) throws TransportException;

  /** Releases what this transport created; a user's own HTTP client is left open. */
  @Override
  void close();
}
