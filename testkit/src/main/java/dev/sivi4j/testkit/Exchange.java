package dev.sivi4j.testkit;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one request produced, ready for a face to deliver: a response, and possibly a fault that spoils
 * its delivery or stands in for it.
 *
 * @param status the HTTP status (0 when a socket fault leaves no response)
 * @param contentType the response's content type
 * @param body the response body
 * @param delivery the fault that changes how (or whether) the response is delivered, if any
 * @param headers response headers beyond the content type and length (a scripted reply's)
 */
record Exchange(int status, String contentType, byte[] body, @Nullable Fault delivery, Map<String, String> headers) {
  Exchange(int status, String contentType, byte[] body, @Nullable Fault delivery) {
    this(status, contentType, body, delivery, Map.of());
  }
}
