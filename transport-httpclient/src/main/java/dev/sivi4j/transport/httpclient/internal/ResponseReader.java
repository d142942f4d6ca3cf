package dev.sivi4j.transport.httpclient.internal;

import dev.sivi4j.spi.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/** Turns an Apache response into a {@link TransportResponse}, reading at most the cap of the body. */
final class ResponseReader {
  /** The largest array the JDK reliably allocates. */
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  private static final byte[] EMPTY = new byte[0];

  private ResponseReader() {}

  /**
   * Reads the status, the headers and the body.
   *
   * @param response the response
   * @param maxBytes the largest body accepted
   * @param guard aborts the request when the body is over the cap
   * @throws IOException if reading fails, or the body is over the cap (then {@code guard.overCap()})
   */
  static TransportResponse read(ClassicHttpResponse response, long maxBytes, AttemptGuard guard)
      throws IOException {
    Map<String, String> headers = headers(response.getHeaders());
    return new TransportResponse(response.getCode(), headers, body(response.getEntity(), maxBytes, guard));
  }

  /** Header names in lower case, first value only. */
  static Map<String, String> headers(Header[] headers) {
    Map<String, String> byName = new HashMap<>(headers.length * 2);
    for (Header header : headers) {
      byName.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue() == null ? "" : header.getValue());
    }
    return Map.copyOf(byName);
  }

  /**
   * The body, failing as soon as it is known to be over the cap: from {@code Content-Length} before a
   * byte is read, or after reading one byte more than the cap when the length is not declared.
   */
  static byte[] body(HttpEntity entity, long maxBytes, AttemptGuard guard) throws IOException {
    if (entity == null) {
      return EMPTY;
    }
    long cap = Math.min(maxBytes, MAX_ARRAY - 1);
    long declared = entity.getContentLength();
    if (declared > cap) {
      guard.abortOverCap();
      throw new IOException("the response declares " + declared + " bytes, more than the cap of " + cap);
    }
    InputStream in = entity.getContent();
    if (in == null) {
      return EMPTY;
    }
    // A declared length is read exactly; HttpClient fails a body that ends early.
    byte[] body = in.readNBytes((int) (declared >= 0 ? declared : cap + 1));
    if (body.length > cap) {
      guard.abortOverCap();
      throw new IOException("the response body is longer than the cap of " + cap + " bytes");
    }
    return body;
  }
}
