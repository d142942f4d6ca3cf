package dev.sivi4j.testkit;

import dev.sivi4j.error.TransportException;
import dev.sivi4j.spi.SiviTransport;
import dev.sivi4j.spi.TransportRequest;
import dev.sivi4j.spi.TransportResponse;

/** The in-process blocking face: calls the fake on the caller's thread; waits pass on the fake clock. */
final class InProcessTransport implements SiviTransport {
  private final Dispatcher dispatcher;
  private final FakeClock clock;

  InProcessTransport(Dispatcher dispatcher, FakeClock clock) {
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  @Override
  public TransportResponse send(TransportRequest request) throws TransportException {
    return InProcessDelivery.send(dispatcher, clock, Face.IN_PROCESS_BLOCKING, request);
  }

  @Override
  public void close() {
    // Nothing to release: no sockets, no threads.
  }
}
