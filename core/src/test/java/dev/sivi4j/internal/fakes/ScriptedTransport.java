package dev.sivi4j.internal.fakes;

import dev.sivi4j.error.TransportException;
import dev.sivi4j.spi.SiviTransport;
import dev.sivi4j.spi.TransportRequest;
import dev.sivi4j.spi.TransportResponse;

/** A blocking transport that answers from a {@link Script}. */
public final class ScriptedTransport implements SiviTransport {
  private final Script script;
  private volatile boolean closed;

  /**
   * Creates the transport.
   *
   * @param script the replies
   */
  public ScriptedTransport(Script script) {
    this.script = script;
  }

  @Override
  public TransportResponse send(TransportRequest request) throws TransportException {
    return script.answer(request);
  }

  @Override
  public void close() {
    closed = true;
  }

  /**
   * Whether {@link #close()} was called.
   *
   * @return true once closed
   */
  public boolean closed() {
    return closed;
  }
}
