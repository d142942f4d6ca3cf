package dev.sivi4j.testkit;

import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import dev.sivi4j.spi.Header;
import dev.sivi4j.spi.TransportRequest;
import dev.sivi4j.spi.TransportResponse;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the in-process faces hand over an {@link Exchange}: as the {@link TransportResponse} or {@link
 * TransportException} a real transport would produce, with every wait passed on the {@link FakeClock}
 * (see the table in {@link Fault}).
 */
final class InProcessDelivery {
  private InProcessDelivery() {}

  /** Sends a request through the dispatcher and delivers its exchange. */
  static TransportResponse send(Dispatcher dispatcher, FakeClock clock, Face face, TransportRequest request)
      throws TransportException {
    URI uri = request.uri();
    Map<String, String> headers = new HashMap<>();
    for (Header header : request.headers()) {
      headers.putIfAbsent(header.name().toLowerCase(Locale.ROOT), header.value());
    }
    String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
    Exchange exchange = dispatcher.exchange(face, "POST", path, headers, request.body());
    return deliver(exchange, request, clock);
  }

  static TransportResponse deliver(Exchange exchange, TransportRequest request, FakeClock clock)
      throws TransportException {
    Fault fault = exchange.delivery();
    byte[] body = fault == null ? exchange.body() : played(fault, exchange.body(), request, clock);
    if (body.length > request.maxResponseBytes()) {
      throw tooLarge(request);
    }
    Map<String, String> headers = new HashMap<>();
    exchange.headers().forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
    headers.put("content-type", exchange.contentType());
    headers.put("content-length", Integer.toString(body.length));
    return new TransportResponse(exchange.status(), Map.copyOf(headers), body);
  }

  /** The body left after the fault, on the fake's clock; or the transport failure it ends in. */
  private static byte[] played(Fault fault, byte[] body, TransportRequest request, FakeClock clock)
      throws TransportException {
    switch (fault.kind()) {
      case RESET -> throw failure(TransportErrorKind.CONNECTION_RESET, "connection reset by the fake (injected fault)");
      case CLOSE_AFTER_REQUEST ->
          throw failure(TransportErrorKind.CONNECTION_CLOSED, "connection closed by the fake before any response (injected fault)");
      case GARBAGE_THEN_CLOSE ->
          throw failure(TransportErrorKind.PROTOCOL_ERROR, "the fake answered with bytes that are not HTTP (injected fault)");
      case TRUNCATED_BODY ->
          throw failure(TransportErrorKind.CONNECTION_CLOSED, "connection closed by the fake in the middle of the body (injected fault)");
      case STALL_BEFORE_HEADERS -> {
        clock.advance(request.timeout());
        throw timeout(request);
      }
      case LATENCY -> wait(((Fault.Latency) fault).delay(), request, clock);
      case SLOW_BODY -> {
        Fault.SlowBody slow = (Fault.SlowBody) fault;
        long chunks = Math.max(1, (body.length + (long) slow.chunkBytes() - 1) / slow.chunkBytes());
        wait(slow.perChunk().multipliedBy(chunks), request, clock);
      }
      case OVERSIZED_BODY -> {
        long bytes = ((Fault.OversizedBody) fault).bytes();
        if (bytes > request.maxResponseBytes()) {
          throw tooLarge(request);
        }
        if (bytes > body.length) {
          byte[] padded = Arrays.copyOf(body, (int) bytes);
          Arrays.fill(padded, body.length, padded.length, (byte) ' ');
          return padded;
        }
      }
      // In process there is no connection to go stale: the answer is delivered as it is.
      case CLOSE_AFTER_RESPONSE -> {}
      case REPLY -> wait(((Fault.Reply) fault).delay(), request, clock);
      // FaultReplies turned these into a plain response; none is left to play.
      case STATUS, HTML_ERROR, MALFORMED_BODY, EMPTY_BODY ->
          throw new IllegalArgumentException(fault + " replaces the answer; it has no delivery to spoil");
    }
    return body;
  }

  private static void wait(Duration delay, TransportRequest request, FakeClock clock) throws TransportException {
    if (delay.compareTo(request.timeout()) >= 0) {
      clock.advance(request.timeout());
      throw timeout(request);
    }
    clock.advance(delay);
  }

  private static TransportException timeout(TransportRequest request) {
    return failure(
        TransportErrorKind.RESPONSE_TIMEOUT,
        "no complete response from the fake within " + request.timeout().toMillis() + " ms (injected fault)");
  }

  private static TransportException tooLarge(TransportRequest request) {
    return failure(
        TransportErrorKind.RESPONSE_TOO_LARGE,
        "the fake's response is larger than the cap of " + request.maxResponseBytes() + " bytes");
  }

  private static TransportException failure(TransportErrorKind kind, String message) {
    return new TransportException(kind, message, null);
  }
}
