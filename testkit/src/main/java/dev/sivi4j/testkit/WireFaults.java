package dev.sivi4j.testkit;

import dev.sivi4j.testkit.internal.http.HttpReply;
import dev.sivi4j.testkit.internal.http.WireFault;

/** How the HTTP face plays an {@link Exchange}: the response, with its delivery fault on the socket. */
final class WireFaults {
  private WireFaults() {}

  static HttpReply toReply(Exchange exchange) {
    Fault fault = exchange.delivery();
    if (fault == null) {
      return HttpReply.of(exchange.status(), exchange.contentType(), exchange.body());
    }
    // A socket fault leaves no response (the exchange's is empty), only the fault to play.
    return HttpReply.of(exchange.status() == 0 ? 200 : exchange.status(), exchange.contentType(), exchange.body())
        .withFault(onTheSocket(fault, exchange.body().length));
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
      // FaultReplies turned these into a plain response; none reaches the socket as a fault.
      case STATUS, HTML_ERROR, MALFORMED_BODY, EMPTY_BODY ->
          throw new IllegalArgumentException(fault + " replaces the answer; it has no socket effect");
    };
  }
}
