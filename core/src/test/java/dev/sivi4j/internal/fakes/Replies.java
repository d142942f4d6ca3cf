package dev.sivi4j.internal.fakes;

import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import dev.sivi4j.spi.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Ready-made {@link Reply} values. */
public final class Replies {
  private Replies() {}

  /**
   * A response.
   *
   * @param status the HTTP status
   * @param body the body text
   * @return the reply
   */
  public static Reply status(int status, String body) {
    return status(status, body, Map.of());
  }

  /**
   * A response with headers.
   *
   * @param status the HTTP status
   * @param body the body text
   * @param headers lower-case header names and values
   * @return the reply
   */
  public static Reply status(int status, String body, Map<String, String> headers) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return (request, time) -> new TransportResponse(status, headers, bytes);
  }

  /**
   * A 200 with a message envelope, as set-user-credit-limit, delete and reactivate answer.
   *
   * @return the reply
   */
  public static Reply ok() {
    return status(200, Bodies.message(200, "Successfully done"));
  }

  /**
   * An error status with the documented envelope.
   *
   * @param status the HTTP and envelope status
   * @param message the message
   * @return the reply
   */
  public static Reply error(int status, String message) {
    return status(status, Bodies.message(status, message));
  }

  /**
   * A transport failure.
   *
   * @param kind what went wrong
   * @return the reply
   */
  public static Reply failure(TransportErrorKind kind) {
    return (request, time) -> {
      throw new TransportException(kind, "simulated " + kind, null);
    };
  }

  /**
   * A server that never answers: the attempt's whole timeout passes, then it fails with {@link
   * TransportErrorKind#RESPONSE_TIMEOUT}, as a transport must.
   *
   * @return the reply
   */
  public static Reply stall() {
    return (request, time) -> {
      time.advance(request.timeout());
      throw new TransportException(TransportErrorKind.RESPONSE_TIMEOUT, "no answer within " + request.timeout(), null);
    };
  }

  /**
   * Lets time pass, then replies.
   *
   * @param latency how long the attempt takes
   * @param then the reply after that
   * @return the reply
   */
  public static Reply after(Duration latency, Reply then) {
    return (request, time) -> {
      time.advance(latency);
      return then.answer(request, time);
    };
  }
}
