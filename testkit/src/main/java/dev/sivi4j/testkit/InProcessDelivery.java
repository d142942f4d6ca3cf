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
    byte[] body = exchange.body();
    if (fault instanceof Fault.Reset) {
      throw failure(TransportErrorKind.CONNECTION_RESET, "connection reset by the fake (injected fault)");
    } else if (fault instanceof Fault.CloseAfterRequest) {
      throw failure(TransportErrorKind.CONNECTION_CLOSED, "connection closed by the fake before any response (injected fault)");
    } else if (fault instanceof Fault.GarbageThenClose) {
      throw failure(TransportErrorKind.PROTOCOL_ERROR, "the fake answered with bytes that are not HTTP (injected fault)");
    } else if (fault instanceof Fault.TruncatedBody) {
      throw failure(TransportErrorKind.CONNECTION_CLOSED, "connection closed by the fake in the middle of the body (injected fault)");
    } else if (fault instanceof Fault.StallBeforeHeaders) {
      clock.advance(request.timeout());
      throw timeout(request);
    } else if (fault instanceof Fault.Latency latency) {
      wait(latency.delay(), request, clock);
    } else if (fault instanceof Fault.SlowBody slow) {
      long chunks = Math.max(1, (body.length + (long) slow.chunkBytes() - 1) / slow.chunkBytes());
      wait(slow.perChunk().multipliedBy(chunks), request, clock);
    } else if (fault instanceof Fault.OversizedBody oversized) {
      if (oversized.bytes() > request.maxResponseBytes()) {
        throw tooLarge(request);
      }
      if (oversized.bytes() > body.length) {
        byte[] padded = Arrays.copyOf(body, (int) oversized.bytes());
        Arrays.fill(padded, body.length, padded.length, (byte) ' ');
        body = padded;
      }
    }
    if (body.length > request.maxResponseBytes()) {
      throw tooLarge(request);
    }
    return new TransportResponse(
        exchange.status(),
        Map.of("content-type", exchange.contentType(), "content-length", Integer.toString(body.length)),
        body);
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
