package dev.sivi4j.spi;

import dev.sivi4j.domain.Operation;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One attempt of one call, ready to send: always a {@code POST} of a JSON body.
 *
 * <p>A transport sends it as it is: it adds no headers of its own except those HTTP itself needs, it
 * never retries and never follows redirects. It must give up and fail with {@link
 * dev.sivi4j.error.TransportErrorKind#RESPONSE_TIMEOUT} once {@link #timeout()} has passed since the
 * request was handed to it, and must not read more than {@link #maxResponseBytes()} of the body.
 *
 * @param operation the operation, for diagnostics
 * @param attempt the attempt number, from 1
 * @param uri the full URL
 * @param headers the headers to send
 * @param body the JSON body; must not be modified
 * @param timeout how long this attempt may take, response body included
 * @param maxResponseBytes the largest body to accept
 */
public record TransportRequest(
    Operation operation,
    int attempt,
    URI uri,
    List<Header> headers,
    byte[] body,
    Duration timeout,
    long maxResponseBytes) {
  /**
   * Validates and copies the fields (the body array is shared, not copied).
   *
   * @param operation see the record description
   * @param attempt see the record description
   * @param uri see the record description
   * @param headers see the record description
   * @param body see the record description
   * @param timeout see the record description
   * @param maxResponseBytes see the record description
   */
  public TransportRequest {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(uri, "uri");
    headers = List.copyOf(headers);
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(timeout, "timeout");
  }

  @Override
  public String toString() {
    return "TransportRequest[" + operation + " #" + attempt + " POST " + uri + " " + headers + "]";
  }
}
