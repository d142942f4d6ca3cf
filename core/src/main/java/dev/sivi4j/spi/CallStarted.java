package dev.sivi4j.spi;

import dev.sivi4j.domain.Operation;
import java.net.URI;
import java.util.Objects;

/**
 * A call starts.
 *
 * @param operation the operation
 * @param uri the URL every attempt posts to; it holds no user data (those travel in the body)
 * @param maxAttempts the most attempts the retry policy allows this call
 */
public record CallStarted(Operation operation, URI uri, int maxAttempts) {
  /**
   * Validates the fields.
   *
   * @param operation see the record description
   * @param uri see the record description
   * @param maxAttempts see the record description
   */
  public CallStarted {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(uri, "uri");
  }
}
