package dev.sivi4j.internal.fakes;

import dev.sivi4j.error.TransportException;
import dev.sivi4j.spi.TransportRequest;
import dev.sivi4j.spi.TransportResponse;

/** What a scripted transport does with one request: answer, fail, or let time pass first. */
@FunctionalInterface
public interface Reply {
  /**
   * Handles the request.
   *
   * @param request the request
   * @param time the clock, which the reply may move
   * @return the response
   * @throws TransportException to simulate a transport failure
   */
  TransportResponse answer(TransportRequest request, FakeTime time) throws TransportException;
}
