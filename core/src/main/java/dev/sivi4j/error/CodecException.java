package dev.sivi4j.error;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link dev.sivi4j.spi.SiviCodec} says a body is not a valid response: not JSON, trailing data,
 * a missing required field, a value out of range. The pipeline turns it into a {@link
 * SiviResponseException} (or, for an error status, maps by HTTP status).
 */
public final class CodecException extends Exception {
  @Serial private static final long serialVersionUID = 1L;

  /**
   * Creates the failure.
   *
   * @param message what was wrong, naming the field; never the body itself
   * @param cause the parser's failure, if any
   */
  public CodecException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
