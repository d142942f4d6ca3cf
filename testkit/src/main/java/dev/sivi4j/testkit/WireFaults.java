package dev.sivi4j.testkit;

import dev.sivi4j.testkit.internal.http.HttpReply;
import dev.sivi4j.testkit.internal.http.WireFault;
import java.util.LinkedHashMap;
import java.util.Map;

/** How the HTTP face plays an {@link Exchange}: the response, with its delivery fault on the socket. */
final class WireFaults {
  private WireFaults() {}

  static HttpReply toReply(Exchange exchange) {
    Fault fault = exchange.delivery();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", exchange.contentType());
    headers.putAll(exchange.headers());
    // A socket fault leaves no response (the exchange's is empty, status 0), only the fault to play.
    int status = exchange.status() == 0 ? 200 : exchange.status();
    WireFault played = fault == null ? null : onTheSocket(fault, exchange.body().length);
    return new HttpReply(status, headers, exchange.body(), played);
  }

  private static WireFault onTheSocket(Fault fault, int bodyLength) {
    return switch (fault.kind()) {
      case RESET -> new WireFault.Reset();
      case CLOSE_AFTER_REQUEST -> new WireFault.CloseAfterRequest();
      case GARBAGE_THEN_CLOSE -> new WireFault.GarbageThenClose(FaultReplies.GARBAGE);
      case STALL_BEFORE_HEADERS -> new WireFault.StallBeforeHeaders();
      case LATENCY -> new WireFault.Latency(((Fault.Latency) fault).delay());
      case SLOW_BODY -> {
        Fault.SlowBody slow = (Fault.SlowBody) fault;
        yield new WireFault.SlowBody(slow.perChunk(), slow.chunkBytes());
      }
      case TRUNCATED_BODY -> bodyLength == 0
          ? new WireFault.CloseAfterRequest()
          : new WireFault.Truncated(Math.min(((Fault.TruncatedBody) fault).bytesToSend(), bodyLength - 1));
      case OVERSIZED_BODY -> new WireFault.Oversized(((Fault.OversizedBody) fault).bytes());
      case CLOSE_AFTER_RESPONSE -> new WireFault.CloseAfterResponse();
      case REPLY -> {
        Fault.Reply reply = (Fault.Reply) fault;
        yield reply.delay().isZero()
            ? new WireFault.CloseAfterResponse()
            : new WireFault.Latency(reply.delay(), reply.closeAfter());
      }
      // FaultReplies turned these into a plain response; none reaches the socket as a fault.
      case STATUS, HTML_ERROR, MALFORMED_BODY, EMPTY_BODY ->
          throw new IllegalArgumentException(fault + " replaces the answer; it has no socket effect");
    };
  }
}
