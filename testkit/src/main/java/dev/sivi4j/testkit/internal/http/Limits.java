package dev.sivi4j.testkit.internal.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a {@link LoopbackHttpServer} waits for a client, and how many it serves at once.
 *
 * <p>A client that starts a request must send its whole head within {@link #headerTimeout()} of its first byte,
 * and must never leave the body silent for longer than {@link #bodyTimeout()}; otherwise it is answered
 * {@code 408} and the connection is closed. A kept-alive connection that carries no new request for
 * {@link #idleTimeout()} is closed without a reply (a {@code 408} there could be read as the answer to a request
 * the client is just sending).
 *
 * @param maxConnections the most connections served at once, at least 1
 * @param headerTimeout the longest a request head may take to arrive, from its first byte
 * @param bodyTimeout the longest the body of a request may stay silent
 * @param idleTimeout the longest a kept-alive connection waits for its next request
 */
public record Limits(int maxConnections, Duration headerTimeout, Duration bodyTimeout, Duration idleTimeout) {
  /** The default connection cap. */
  public static final int DEFAULT_MAX_CONNECTIONS = 1024;

  /**
   * Validates the fields.
   *
   * @param maxConnections see the record description
   * @param headerTimeout see the record description
   * @param bodyTimeout see the record description
   * @param idleTimeout see the record description
   */
  public Limits {
    if (maxConnections < 1 || maxConnections > 100_000) {
      throw new IllegalArgumentException("maxConnections must be between 1 and 100000 (was " + maxConnections + ")");
    }
    positive(headerTimeout, "headerTimeout");
    positive(bodyTimeout, "bodyTimeout");
    positive(idleTimeout, "idleTimeout");
  }

  /**
   * The defaults: 1,024 connections, 10 s for a head, 10 s of body silence, 60 s idle.
   *
   * @return the default limits
   */
  public static Limits defaults() {
    return new Limits(DEFAULT_MAX_CONNECTIONS, Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(60));
  }

  /**
   * These limits with another connection cap.
   *
   * @param value the cap
   * @return new limits
   */
  public Limits withMaxConnections(int value) {
    return new Limits(value, headerTimeout, bodyTimeout, idleTimeout);
  }

  /**
   * These limits with other timeouts.
   *
   * @param header the head timeout
   * @param body the body silence timeout
   * @param idle the idle timeout
   * @return new limits
   */
  public Limits withTimeouts(Duration header, Duration body, Duration idle) {
    return new Limits(maxConnections, header, body, idle);
  }

  private static void positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero() || value.compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException(name + " must be between 1 ms and 1 day (was " + value + ")");
    }
    if (value.toMillis() < 1) {
      throw new IllegalArgumentException(name + " must be at least 1 ms (was " + value + ")");
    }
  }
}
