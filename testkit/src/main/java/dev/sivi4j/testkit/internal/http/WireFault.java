package dev.sivi4j.testkit.internal.http;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * A misbehaviour of the network or the peer that {@link LoopbackHttpServer} plays instead of, or around, a normal
 * reply. Attach one with {@link HttpReply#withFault(WireFault)}.
 *
 * <p>Every wait a fault makes ends as soon as the server is closed. Faults that break the connection close it;
 * faults that still end in a complete, well-framed reply ({@link Latency}, {@link SlowBody}, a fully sent
 * {@link Oversized}) leave it open for keep-alive.
 */
public sealed interface WireFault {

  /**
   * Waits, then writes the normal reply (and closes, if told).
   *
   * @param delay how long to wait before the first byte of the reply
   * @param closeAfter whether the connection is closed after the reply
   */
  record Latency(Duration delay, boolean closeAfter) implements WireFault {
    /**
     * Validates the delay.
     *
     * @param delay how long to wait, not negative
     * @param closeAfter whether to close after the reply
     */
    public Latency {
      requireNotNegative(delay, "delay");
    }

    /**
     * Waits, then writes the reply on a connection that stays open.
     *
     * @param delay how long to wait, not negative
     */
    public Latency(Duration delay) {
      this(delay, false);
    }
  }

  /**
   * Writes nothing and holds the connection until the client closes it or the server is closed (a response that
   * never comes).
   */
  record StallBeforeHeaders() implements WireFault {}

  /**
   * Writes the status line and headers (with the full {@code Content-Length}) at once, then the body in pieces of
   * {@code chunkBytes}, waiting {@code perChunk} before each piece.
   *
   * @param perChunk the wait before each piece of the body
   * @param chunkBytes the size of each piece, at least 1
   */
  record SlowBody(Duration perChunk, int chunkBytes) implements WireFault {
    /**
     * Validates the fields.
     *
     * @param perChunk the wait before each piece, not negative
     * @param chunkBytes the size of each piece, at least 1
     */
    public SlowBody {
      requireNotNegative(perChunk, "perChunk");
      if (chunkBytes < 1) {
        throw new IllegalArgumentException("chunkBytes must be at least 1, was " + chunkBytes);
      }
    }
  }

  /**
   * Announces the full {@code Content-Length}, sends only the first {@code bytesToSend} bytes of the body, then
   * closes the connection. {@link HttpReply} rejects a value that would not cut the body short.
   *
   * @param bytesToSend how many body bytes to send, at least 0
   */
  record Truncated(int bytesToSend) implements WireFault {
    /**
     * Validates the count.
     *
     * @param bytesToSend how many body bytes to send, not negative
     */
    public Truncated {
      if (bytesToSend < 0) {
        throw new IllegalArgumentException("bytesToSend must not be negative, was " + bytesToSend);
      }
    }
  }

  /** Reads the request, then closes abortively so the client sees a TCP reset and no response. */
  record Reset() implements WireFault {}

  /** Reads the request, then closes the connection cleanly without a response (the client sees end of stream). */
  record CloseAfterRequest() implements WireFault {}

  /**
   * Writes the normal reply exactly as for keep-alive (no {@code Connection: close}), then closes the connection:
   * the next request a client sends on that pooled connection finds it dead (a stale connection).
   */
  record CloseAfterResponse() implements WireFault {}

  /**
   * Writes bytes that are not an HTTP response, then closes the connection.
   *
   * @param garbage the bytes to write; copied on the way in and out
   */
  record GarbageThenClose(byte[] garbage) implements WireFault {
    /**
     * Validates and copies the bytes.
     *
     * @param garbage the bytes to write
     */
    public GarbageThenClose {
      Objects.requireNonNull(garbage, "garbage");
      garbage = garbage.clone();
    }

    /**
     * The bytes to write.
     *
     * @return a copy of the bytes
     */
    @Override
    public byte[] garbage() {
      return garbage.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof GarbageThenClose g && Arrays.equals(garbage, g.garbage);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(garbage);
    }

    @Override
    public String toString() {
      return "GarbageThenClose[" + garbage.length + " bytes]";
    }
  }

  /**
   * Answers {@code 200} with {@code Content-Type: application/json} and {@code Content-Length: bodyBytes},
   * streaming a body that looks like a JSON envelope with one huge string in it, produced from a small repeated
   * buffer so it is never held in memory. Writing stops when done, when the client goes away or when the server
   * is closed; the reply's own status, headers and body are ignored.
   *
   * @param bodyBytes the announced and streamed body size, at least 0
   */
  record Oversized(long bodyBytes) implements WireFault {
    /**
     * Validates the size.
     *
     * @param bodyBytes the body size, not negative
     */
    public Oversized {
      if (bodyBytes < 0) {
        throw new IllegalArgumentException("bodyBytes must not be negative, was " + bodyBytes);
      }
    }
  }

  private static void requireNotNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + duration);
    }
  }
}
