package dev.sivi4j.testkit.internal.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link HttpHandler} answers: a status, headers and a body, optionally with a {@link WireFault} that the
 * server plays instead of, or around, writing them.
 *
 * <p>The server owns message framing: it always writes {@code Content-Length} itself and adds
 * {@code Connection: close} when it is going to close, so neither {@code Content-Length} nor
 * {@code Transfer-Encoding} may appear in {@code headers}. A {@code Connection: close} header set here makes the
 * server close the connection after the reply. The body array is not copied; treat it as read-only.
 *
 * @param status the HTTP status, 200 to 999; 204 and 304 replies carry no body and no {@code Content-Length}
 * @param headers header values by name in the case to write them, in insertion order
 * @param body the body, possibly empty
 * @param fault the fault to play, or {@code null} for a normal reply
 */
public record HttpReply(int status, Map<String, String> headers, byte[] body, @Nullable WireFault fault) {

  /**
   * Validates the fields and copies the header map.
   *
   * @param status the HTTP status
   * @param headers the headers to write
   * @param body the body
   * @param fault the fault to play, or {@code null}
   */
  public HttpReply {
    if (status < 200 || status > 999) {
      throw new IllegalArgumentException("status must be a final three-digit code (200-999), was " + status);
    }
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    if (!allowsBody(status) && body.length > 0) {
      throw new IllegalArgumentException("body must be empty for status " + status);
    }
    Map<String, String> copy = new LinkedHashMap<>(headers.size() * 2);
    headers.forEach((name, value) -> copy.put(checkName(name), checkValue(name, value)));
    headers = Collections.unmodifiableMap(copy);
    if (fault instanceof WireFault.Truncated truncated && truncated.bytesToSend() >= body.length) {
      throw new IllegalArgumentException("fault: Truncated.bytesToSend (" + truncated.bytesToSend()
          + ") must be less than the body length (" + body.length + ")");
    }
  }

  /**
   * A reply with one {@code Content-Type} header and no fault.
   *
   * @param status the HTTP status
   * @param contentType the {@code Content-Type} value, e.g. {@code application/json}
   * @param body the body
   * @return the reply
   */
  public static HttpReply of(int status, String contentType, byte[] body) {
    Objects.requireNonNull(contentType, "contentType");
    return new HttpReply(status, Map.of("Content-Type", contentType), body, null);
  }

  /**
   * This reply with a fault attached, replacing any previous one.
   *
   * @param fault the fault to play
   * @return a new reply
   */
  public HttpReply withFault(WireFault fault) {
    Objects.requireNonNull(fault, "fault");
    return new HttpReply(status, headers, body, fault);
  }

  /**
   * A header's value.
   *
   * @param name the header name, any case
   * @return its value, or {@code null} when absent
   */
  public @Nullable String header(String name) {
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "HttpReply[" + status + ", " + body.length + " bytes" + (fault == null ? "" : ", " + fault) + "]";
  }

  /** Whether a reply with this status carries a body and a {@code Content-Length} (not 204, not 304). */
  static boolean allowsBody(int status) {
    return status != 204 && status != 304;
  }

  private static String checkName(String name) {
    Objects.requireNonNull(name, "headers: name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("headers: name must not be empty");
    }
    for (int i = 0; i < name.length(); i++) {
      if (!HttpChars.isTokenChar(name.charAt(i))) {
        throw new IllegalArgumentException("headers: name '" + name + "' has an illegal character at " + i);
      }
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("content-length") || lower.equals("transfer-encoding")) {
      throw new IllegalArgumentException("headers: " + name + " is written by the server and must not be set");
    }
    return name;
  }

  private static String checkValue(String name, String value) {
    Objects.requireNonNull(value, "headers: value of " + name);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n' || c == 0 || c > 0xFF) {
        throw new IllegalArgumentException("headers: value of " + name + " has an illegal character at " + i);
      }
    }
    return value;
  }
}
