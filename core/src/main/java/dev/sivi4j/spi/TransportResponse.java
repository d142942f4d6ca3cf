package dev.sivi4j.spi;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A complete HTTP response, whatever its status.
 *
 * @param statusCode the HTTP status
 * @param headers response headers by lower-case name (first value only)
 * @param body the whole body, at most the request's cap
 */
public record TransportResponse(int statusCode, Map<String, String> headers, byte[] body) {
  /**
   * Validates the fields; header names must already be lower case.
   *
   * @param statusCode see the record description
   * @param headers see the record description
   * @param body see the record description
   */
  public TransportResponse {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
  }

  /**
   * A header's value.
   *
   * @param name the header name, any case
   * @return its first value, if present
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return "TransportResponse[" + statusCode + ", " + body.length + " bytes]";
  }
}
