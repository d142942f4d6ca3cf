package dev.sivi4j.internal.pipeline;

import dev.sivi4j.domain.Operation;
import dev.sivi4j.error.CodecException;
import dev.sivi4j.spi.Envelope;
import java.util.Objects;

/**
 * What one call sends and how its answer is read: built once per call by {@link Requests}.
 *
 * @param operation the operation
 * @param body the encoded request body
 * @param decoder reads the response envelope into the call's result
 * @param <T> the result type
 */
public record CallSpec<T>(Operation operation, byte[] body, Decoder<T> decoder) {
  /** Validates every field. */
  public CallSpec {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(decoder, "decoder");
  }

  /** Reads a response body given its HTTP status. */
  @FunctionalInterface
  public interface Decoder<T> {
    /**
     * Decodes the envelope.
     *
     * @param json the body
     * @param httpStatus the HTTP status
     * @return the envelope
     * @throws CodecException if the body cannot be read
     */
    Envelope<T> decode(byte[] json, int httpStatus) throws CodecException;
  }
}
