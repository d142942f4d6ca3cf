package dev.sivi4j.benchmarks.jmh;

import dev.sivi4j.benchmarks.WireSamples;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.spi.SiviTransport;
import dev.sivi4j.spi.TransportRequest;
import dev.sivi4j.spi.TransportResponse;
import java.util.EnumMap;
import java.util.Map;

/** A blocking transport that answers every operation with its documented success body from memory. */
final class InMemoryTransport implements SiviTransport {
  private final Map<Operation, TransportResponse> answers = answers();

  static Map<Operation, TransportResponse> answers() {
    Map<Operation, TransportResponse> answers = new EnumMap<>(Operation.class);
    Map<String, String> headers = Map.of("content-type", "application/json");
    answers.put(Operation.LOGIN_USER, new TransportResponse(200, headers, WireSamples.bytes(WireSamples.LOGIN_USER)));
    answers.put(
        Operation.SET_CREDIT_LIMIT, new TransportResponse(200, headers, WireSamples.bytes(WireSamples.SET_CREDIT_LIMIT)));
    answers.put(
        Operation.ACCOUNT_ANALYSIS, new TransportResponse(200, headers, WireSamples.bytes(WireSamples.ACCOUNT_ANALYSIS)));
    answers.put(Operation.EXPORT_DATA, new TransportResponse(200, headers, WireSamples.bytes(WireSamples.EXPORT_DATA)));
    TransportResponse message = new TransportResponse(200, headers, WireSamples.bytes(WireSamples.SET_CREDIT_LIMIT));
    answers.put(Operation.DELETE_USER, message);
    answers.put(Operation.REACTIVATE_USER, message);
    return answers;
  }

  @Override
  public TransportResponse send(TransportRequest request) {
    return answers.get(request.operation());
  }

  @Override
  public void close() {
    // Nothing to release.
  }
}
