package dev.sivi4j.testkit.internal.http;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as read from the wire.
 *
 * <p>The body array is handed over as is, not copied, to keep the request path cheap; treat it as read-only.
 *
 * @param method the request method as sent, e.g. {@code POST}
 * @param path the raw request target in origin form, query included, e.g. {@code /super/login-user?x=1}
 * @param headers header values by lower-case name; the first value when a header was repeated
 * @param body the request body, de-chunked if it was sent chunked; empty when there was none
 */
public record HttpRequestData(String method, String path, Map<String, String> headers, byte[] body) {

  /**
   * Validates the fields and makes the header map immutable.
   *
   * @param method the request method
   * @param path the raw request target
   * @param headers header values by lower-case name
   * @param body the request body
   */
  public HttpRequestData {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    if (method.isEmpty()) {
      throw new IllegalArgumentException("method must not be empty");
    }
    if (path.isEmpty()) {
      throw new IllegalArgumentException("path must not be empty");
    }
    headers = Map.copyOf(headers); // no copy when the server already built an immutable map
    for (String name : headers.keySet()) {
      if (!name.equals(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("headers: name '" + name + "' must be lower case");
      }
    }
  }

  /**
   * A header's value.
   *
   * @param name the header name, any case
   * @return its first value, or {@code null} when absent
   */
  public @Nullable String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The path without its query string, percent-decoded.
   *
   * @return the part of {@link #path()} before the first {@code ?}, with {@code %XX} escapes decoded as UTF-8
   *     (the server refuses a request whose escapes do not decode; one built by hand keeps them as sent)
   */
  public String pathWithoutQuery() {
    int q = path.indexOf('?');
    String raw = q < 0 ? path : path.substring(0, q);
    String decoded = HttpChars.decodePath(raw);
    return decoded == null ? raw : decoded;
  }

  @Override
  public String toString() {
    return "HttpRequestData[" + method + " " + pathWithoutQuery() + ", " + body.length + " bytes]";
  }
}
