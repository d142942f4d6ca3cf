package dev.sivi4j.testkit.internal.http;

import java.io.IOException;

/**
 * Told by a {@link RequestReader} where it is before each read from the socket, so that the connection can set
 * the read timeout that applies there and know which connections are waiting on their client.
 */
interface Pacer {
  /** A pacer that sets no timeouts, for readers over in-memory streams. */
  Pacer NONE = new Pacer() {
    @Override
    public void awaitingRequest() {}

    @Override
    public void requestStarted() {}

    @Override
    public void readingHead() {}

    @Override
    public void readingBody() {}
  };

  /** Before a read that waits for the first byte of the next request. */
  void awaitingRequest() throws IOException;

  /** The first byte of a request has arrived (or was already buffered). */
  void requestStarted();

  /**
   * Before a read inside a request head.
   *
   * @throws java.net.SocketTimeoutException when the head's time is already up
   */
  void readingHead() throws IOException;

  /** Before a read inside a request body. */
  void readingBody() throws IOException;
}
