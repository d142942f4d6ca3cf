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
    if (fault.replacesAnswer()) {
      // A socket fault: there is no response, only the fault to play.
      return HttpReply.of(200, FaultReplies.JSON, new byte[0]).withFault(socketFault(fault));
    }
    HttpReply reply = HttpReply.of(exchange.status(), exchange.contentType(), exchange.body());
    return reply.withFault(deliveryFault(fault, exchange.body().length));
  }

  private static WireFault socketFault(Fault fault) {
    if (fault instanceof Fault.Reset) {
      return new WireFault.Reset();
    } else if (fault instanceof Fault.CloseAfterRequest) {
      return new WireFault.CloseAfterRequest();
    } else if (fault instanceof Fault.GarbageThenClose) {
      return new WireFault.GarbageThenClose(FaultReplies.GARBAGE);
    }
    return new WireFault.StallBeforeHeaders();
  }

  private static WireFault deliveryFault(Fault fault, int bodyLength) {
    if (fault instanceof Fault.Latency latency) {
      return new WireFault.Latency(latency.delay());
    } else if (fault instanceof Fault.SlowBody slow) {
      return new WireFault.SlowBody(slow.perChunk(), slow.chunkBytes());
    } else if (fault instanceof Fault.TruncatedBody truncated) {
      return bodyLength == 0
          ? new WireFault.CloseAfterRequest()
          : new WireFault.Truncated(Math.min(truncated.bytesToSend(), bodyLength - 1));
    } else if (fault instanceof Fault.OversizedBody oversized) {
      return new WireFault.Oversized(oversized.bytes());
    }
    return new WireFault.CloseAfterResponse();
  }
}
