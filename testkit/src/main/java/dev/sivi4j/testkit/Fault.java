package dev.sivi4j.testkit;

import dev.sivi4j.testkit.internal.engine.Messages;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something going wrong with one request, injected with a {@link FaultRule}.
 *
 * <p>Two families. Faults that <em>replace the answer</em> ({@link Status}, {@link HtmlError}, {@link
 * MalformedBody}, {@link EmptyBody}, {@link StallBeforeHeaders}, {@link Reset}, {@link
 * CloseAfterRequest}, {@link GarbageThenClose}) stand for a request that never reached the service: the
 * fake's state does not change, unless the rule says {@link FaultRule#afterHandling()}, in which case the
 * service acts and only its answer is lost (the "did my delete happen?" case). Faults that <em>spoil
 * the delivery</em> ({@link Latency}, {@link SlowBody}, {@link TruncatedBody}, {@link OversizedBody},
 * {@link CloseAfterResponse})
 * always let the service act first.
 *
 * <p>Over HTTP ({@link FakeSiviServer}) each fault happens on the socket, in real time. In-process,
 * where there is no socket, each one ends the way a transport would report it, and every wait passes
 * on the {@link FakeClock} instead of blocking:
 *
 * <table>
 *   <caption>In-process outcome of each fault</caption>
 *   <tr><th>Fault</th><th>In-process outcome</th></tr>
 *   <tr><td>Status, HtmlError, MalformedBody, EmptyBody</td><td>that response</td></tr>
 *   <tr><td>CloseAfterResponse</td><td>the answer (there is no connection to go stale)</td></tr>
 *   <tr><td>Latency(d)</td><td>clock advanced by d, then the answer; if d reaches the attempt's timeout,
 *       clock advanced by the timeout and {@code RESPONSE_TIMEOUT}</td></tr>
 *   <tr><td>SlowBody(p, n)</td><td>like Latency with d = p × the number of n-byte chunks</td></tr>
 *   <tr><td>StallBeforeHeaders</td><td>clock advanced by the attempt's timeout, {@code RESPONSE_TIMEOUT}</td></tr>
 *   <tr><td>TruncatedBody</td><td>{@code CONNECTION_CLOSED}</td></tr>
 *   <tr><td>OversizedBody(n)</td><td>{@code RESPONSE_TOO_LARGE} if n exceeds the request's cap, else the
 *       answer padded with spaces to n bytes</td></tr>
 *   <tr><td>Reset</td><td>{@code CONNECTION_RESET}</td></tr>
 *   <tr><td>CloseAfterRequest</td><td>{@code CONNECTION_CLOSED}</td></tr>
 *   <tr><td>GarbageThenClose</td><td>{@code PROTOCOL_ERROR}</td></tr>
 *   <tr><td>Reply</td><td>that response, with its headers, after its delay (like Latency)</td></tr>
 * </table>
 */
public sealed interface Fault {
  /**
   * Which fault this is. Every face maps faults by an exhaustive {@code switch} over the kind (no
   * default branch), so a new fault does not compile until each face says what it does.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * Whether this fault discards the service's answer.
   *
   * @return true for the faults that replace the answer
   */
  default boolean replacesAnswer() {
    return kind().replacesAnswer;
  }

  /** The kinds of fault, one per record below. */
  enum Kind {
    /** {@link Status}. */
    STATUS(true),
    /** {@link HtmlError}. */
    HTML_ERROR(true),
    /** {@link MalformedBody}. */
    MALFORMED_BODY(true),
    /** {@link EmptyBody}. */
    EMPTY_BODY(true),
    /** {@link TruncatedBody}. */
    TRUNCATED_BODY(false),
    /** {@link OversizedBody}. */
    OVERSIZED_BODY(false),
    /** {@link Latency}. */
    LATENCY(false),
    /** {@link StallBeforeHeaders}. */
    STALL_BEFORE_HEADERS(true),
    /** {@link SlowBody}. */
    SLOW_BODY(false),
    /** {@link Reset}. */
    RESET(true),
    /** {@link CloseAfterRequest}. */
    CLOSE_AFTER_REQUEST(true),
    /** {@link CloseAfterResponse}. */
    CLOSE_AFTER_RESPONSE(false),
    /** {@link GarbageThenClose}. */
    GARBAGE_THEN_CLOSE(true),
    /** {@link Reply}. */
    REPLY(true);

    private final boolean replacesAnswer;

    Kind(boolean replacesAnswer) {
      this.replacesAnswer = replacesAnswer;
    }
  }

  /**
   * An error status with the documented envelope and the documented message for that status (400
   * {@code User does not exists}, 401 the authentication message, 422 {@code Invalid input}, 429 the
   * rate-limit message, 500 {@code Server internal error}, 502, 503 and 504 their reason phrase, others {@code Error <status>}).
   *
   * @param status 200 to 599
   * @return the fault
   */
  static Fault status(int status) {
    return new Status(status, Messages.forStatus(status));
  }

  /**
   * A status with the documented envelope and your message.
   *
   * @param status 200 to 599
   * @param message {@code body.message}
   * @return the fault
   */
  static Fault status(int status, String message) {
    return new Status(status, message);
  }

  /**
   * A proxy's HTML error page (as a load balancer sends for 502, 503 or 504), not an envelope.
   *
   * @param status 200 to 599
   * @return the fault
   */
  static Fault htmlError(int status) {
    return new HtmlError(status);
  }

  /**
   * A 200 whose body is cut-off JSON.
   *
   * @return the fault
   */
  static Fault malformedBody() {
    return new MalformedBody();
  }

  /**
   * A 200 with an empty body.
   *
   * @return the fault
   */
  static Fault emptyBody() {
    return new EmptyBody();
  }

  /**
   * The answer cut after its first 16 bytes (fewer if it is shorter), then the connection closed.
   *
   * @return the fault
   */
  static Fault truncatedBody() {
    return new TruncatedBody(16);
  }

  /**
   * The answer cut after {@code bytesToSend} bytes (at most its length minus one), then closed.
   *
   * @param bytesToSend bytes of the body to send
   * @return the fault
   */
  static Fault truncatedBody(int bytesToSend) {
    return new TruncatedBody(bytesToSend);
  }

  /**
   * An answer body of {@code bytes} bytes: the answer padded with spaces (over HTTP, whatever the
   * server streams), to test the client's response cap.
   *
   * @param bytes the body size
   * @return the fault
   */
  static Fault oversizedBody(long bytes) {
    return new OversizedBody(bytes);
  }

  /**
   * The answer, late.
   *
   * @param delay how late
   * @return the fault
   */
  static Fault latency(Duration delay) {
    return new Latency(delay);
  }

  /**
   * No answer at all: the request is read and nothing is ever sent back.
   *
   * @return the fault
   */
  static Fault stallBeforeHeaders() {
    return new StallBeforeHeaders();
  }

  /**
   * The answer, dribbled: {@code chunkBytes} at a time, {@code perChunk} apart.
   *
   * @param perChunk the pause before each chunk
   * @param chunkBytes bytes per chunk
   * @return the fault
   */
  static Fault slowBody(Duration perChunk, int chunkBytes) {
    return new SlowBody(perChunk, chunkBytes);
  }

  /**
   * The connection reset (TCP RST) after the request is read.
   *
   * @return the fault
   */
  static Fault reset() {
    return new Reset();
  }

  /**
   * The connection closed, without a byte, after the request is read.
   *
   * @return the fault
   */
  static Fault closeAfterRequest() {
    return new CloseAfterRequest();
  }

  /**
   * The answer, complete and ready for keep-alive, then the connection closed, so the next request a
   * client sends on that pooled connection finds it dead. In-process there is no connection: the answer
   * is delivered normally.
   *
   * @return the fault
   */
  static Fault closeAfterResponse() {
    return new CloseAfterResponse();
  }

  /**
   * Bytes that are not HTTP, then the connection closed.
   *
   * @return the fault
   */
  static Fault garbageThenClose() {
    return new GarbageThenClose();
  }

  /**
   * A reply of your own, as a mock server scripts one: any status and body, with response headers
   * (such as {@code Retry-After}), a delay and a close, added with the {@link Reply} methods.
   *
   * <pre>{@code
   * Fault.reply(429, "{\"status\":429,\"body\":{\"message\":\"slow down\"}}").withHeader("Retry-After", "2")
   * }</pre>
   *
   * @param status 200 to 599
   * @param body the body, sent as {@code application/json} unless {@link Reply#withContentType} says otherwise
   * @return the fault
   */
  static Reply reply(int status, String body) {
    return new Reply(status, FaultReplies.JSON, body, Map.of(), Duration.ZERO, false);
  }

  /**
   * A scripted reply in place of the service's answer.
   *
   * @param status the HTTP status
   * @param contentType the {@code Content-Type}
   * @param body the body, sent as UTF-8
   * @param headers further response headers, in order
   * @param delay how long before the reply is sent
   * @param closeAfter whether the connection is closed after the reply (over HTTP; in process there is
   *     no connection)
   */
  record Reply(
      int status, String contentType, String body, Map<String, String> headers, Duration delay, boolean closeAfter)
      implements Fault {
    /**
     * Validates and copies the fields.
     *
     * @param status see the record description
     * @param contentType see the record description
     * @param body see the record description
     * @param headers see the record description
     * @param delay see the record description
     * @param closeAfter see the record description
     */
    public Reply {
      FaultChecks.status(status);
      FaultChecks.headerValue("contentType", contentType);
      Objects.requireNonNull(body, "body");
      Map<String, String> copy = new LinkedHashMap<>();
      headers.forEach((name, value) -> copy.put(FaultChecks.headerName(name), FaultChecks.headerValue(name, value)));
      headers = Collections.unmodifiableMap(copy);
      FaultChecks.nonNegative(delay, "delay");
    }

    /**
     * The same reply with one more response header.
     *
     * @param name a header name (an HTTP token)
     * @param value its value, without line breaks
     * @return a new reply
     */
    public Reply withHeader(String name, String value) {
      Map<String, String> more = new LinkedHashMap<>(headers);
      more.put(name, value);
      return new Reply(status, contentType, body, more, delay, closeAfter);
    }

    /**
     * The same reply with another content type.
     *
     * @param value the {@code Content-Type}
     * @return a new reply
     */
    public Reply withContentType(String value) {
      return new Reply(status, value, body, headers, delay, closeAfter);
    }

    /**
     * The same reply, sent late (in process: on the fake's clock, a timeout if it reaches the attempt's).
     *
     * @param value the delay
     * @return a new reply
     */
    public Reply withDelay(Duration value) {
      return new Reply(status, contentType, body, headers, value, closeAfter);
    }

    /**
     * The same reply, then the connection closed, so a pooled connection goes stale.
     *
     * @return a new reply
     */
    public Reply thenClose() {
      return new Reply(status, contentType, body, headers, delay, true);
    }

    @Override
    public Kind kind() {
      return Kind.REPLY;
    }
  }

  /**
   * An error status and message in the documented envelope.
   *
   * @param status the HTTP and envelope status
   * @param message {@code body.message}
   */
  record Status(int status, String message) implements Fault {
    /**
     * Validates both fields.
     *
     * @param status see the record description
     * @param message see the record description
     */
    public Status {
      FaultChecks.status(status);
      Objects.requireNonNull(message, "message");
    }

    @Override
    public Kind kind() {
      return Kind.STATUS;
    }
  }

  /**
   * An HTML error page with this status.
   *
   * @param status the HTTP status
   */
  record HtmlError(int status) implements Fault {
    /**
     * Validates the status.
     *
     * @param status see the record description
     */
    public HtmlError {
      FaultChecks.status(status);
    }

    @Override
    public Kind kind() {
      return Kind.HTML_ERROR;
    }
  }

  /** A 200 with malformed JSON. */
  record MalformedBody() implements Fault {
    @Override
    public Kind kind() {
      return Kind.MALFORMED_BODY;
    }
  }

  /** A 200 with no body. */
  record EmptyBody() implements Fault {
    @Override
    public Kind kind() {
      return Kind.EMPTY_BODY;
    }
  }

  /**
   * The answer cut short.
   *
   * @param bytesToSend bytes of the body sent before closing
   */
  record TruncatedBody(int bytesToSend) implements Fault {
    /**
     * Validates the count.
     *
     * @param bytesToSend see the record description
     */
    public TruncatedBody {
      if (bytesToSend < 0) {
        throw new IllegalArgumentException("bytesToSend must not be negative (was " + bytesToSend + ")");
      }
    }

    @Override
    public Kind kind() {
      return Kind.TRUNCATED_BODY;
    }
  }

  /**
   * A body of this size.
   *
   * @param bytes the size
   */
  record OversizedBody(long bytes) implements Fault {
    /**
     * Validates the size.
     *
     * @param bytes see the record description
     */
    public OversizedBody {
      if (bytes < 1 || bytes > (1L << 40)) {
        throw new IllegalArgumentException("bytes must be between 1 and 2^40 (was " + bytes + ")");
      }
    }

    @Override
    public Kind kind() {
      return Kind.OVERSIZED_BODY;
    }
  }

  /**
   * A delay before the answer.
   *
   * @param delay the delay
   */
  record Latency(Duration delay) implements Fault {
    /**
     * Validates the delay.
     *
     * @param delay see the record description
     */
    public Latency {
      FaultChecks.nonNegative(delay, "delay");
    }

    @Override
    public Kind kind() {
      return Kind.LATENCY;
    }
  }

  /** Nothing is sent back. */
  record StallBeforeHeaders() implements Fault {
    @Override
    public Kind kind() {
      return Kind.STALL_BEFORE_HEADERS;
    }
  }

  /**
   * A dribbled answer.
   *
   * @param perChunk the pause before each chunk
   * @param chunkBytes bytes per chunk
   */
  record SlowBody(Duration perChunk, int chunkBytes) implements Fault {
    /**
     * Validates both fields.
     *
     * @param perChunk see the record description
     * @param chunkBytes see the record description
     */
    public SlowBody {
      FaultChecks.nonNegative(perChunk, "perChunk");
      if (chunkBytes < 1) {
        throw new IllegalArgumentException("chunkBytes must be at least 1 (was " + chunkBytes + ")");
      }
    }

    @Override
    public Kind kind() {
      return Kind.SLOW_BODY;
    }
  }

  /** A TCP reset. */
  record Reset() implements Fault {
    @Override
    public Kind kind() {
      return Kind.RESET;
    }
  }

  /** A close without an answer. */
  record CloseAfterRequest() implements Fault {
    @Override
    public Kind kind() {
      return Kind.CLOSE_AFTER_REQUEST;
    }
  }

  /** The answer, then a close that leaves a stale pooled connection. */
  record CloseAfterResponse() implements Fault {
    @Override
    public Kind kind() {
      return Kind.CLOSE_AFTER_RESPONSE;
    }
  }

  /** Non-HTTP bytes, then a close. */
  record GarbageThenClose() implements Fault {
    @Override
    public Kind kind() {
      return Kind.GARBAGE_THEN_CLOSE;
    }
  }
}
