package dev.sivi4j.spi;

import java.util.Objects;

/**
 * One request header. A sensitive header (the API key) must be marked so by the transport where its
 * HTTP library supports that, and is never shown by {@link #toString()}.
 *
 * @param name the header name
 * @param value the header value
 * @param sensitive whether the value is a secret
 */
public record Header(String name, String value, boolean sensitive) {
  /**
   * Validates both fields.
   *
   * @param name see the record description
   * @param value see the record description
   * @param sensitive see the record description
   */
  public Header {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /**
   * A header that is not secret.
   *
   * @param name the name
   * @param value the value
   */
  public Header(String name, String value) {
    this(name, value, false);
  }

  @Override
  public String toString() {
    return name + ": " + (sensitive ? "***" : value);
  }
}
