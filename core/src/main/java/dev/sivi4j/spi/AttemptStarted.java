package dev.sivi4j.spi;

import dev.sivi4j.domain.Operation;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * An attempt is about to be sent.
 *
 * @param operation the operation
 * @param attempt the attempt number, from 1
 * @param uri the URL it posts to
 * @param timeout how long it may take
 * @param requestBytes the size of its body
 */
public record AttemptStarted(Operation operation, int attempt, URI uri, Duration timeout, long requestBytes) {
  /**
   * Validates the fields.
   *
   * @param operation see the record description
   * @param attempt see the record description
   * @param uri see the record description
   * @param timeout see the record description
   * @param requestBytes see the record description
   */
  public AttemptStarted {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(timeout, "timeout");
  }
}
