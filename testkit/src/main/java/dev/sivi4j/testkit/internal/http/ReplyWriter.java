package dev.sivi4j.testkit.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;

/**
 * Serializes replies for one connection into a reusable buffer so a small reply leaves in a single write.
 * Only ASCII/Latin-1 reaches the head: {@link HttpReply} rejects anything else in header values.
 */
final class ReplyWriter {
  /** Bodies up to this size are copied behind the head and written together with it. */
  private static final int INLINE_BODY_BYTES = 64 * 1024;
  private static final int INITIAL_BUFFER = 4096;

  private final OutputStream out;
  private byte[] buf = new byte[INITIAL_BUFFER];
  private int len;

  ReplyWriter(OutputStream out) {
    this.out = out;
  }

  /**
   * Writes a whole reply.
   *
   * @param close whether to announce {@code Connection: close}
   * @param keepAliveHeader whether to announce {@code Connection: keep-alive} (for HTTP/1.0 clients)
   * @param omitBody whether to leave the body bytes out (HEAD requests) while announcing their length
   */
  void reply(HttpReply reply, boolean close, boolean keepAliveHeader, boolean omitBody) throws IOException {
    head(reply.status(), reply.headers(), reply.body().length, close, keepAliveHeader);
    byte[] body = reply.body();
    if (omitBody || !HttpReply.allowsBody(reply.status()) || body.length == 0) {
      flush();
    } else if (body.length <= INLINE_BODY_BYTES) {
      append(body, 0, body.length);
      flush();
    } else {
      flush();
      out.write(body);
    }
  }

  /** Buffers a status line and headers with a {@code Content-Length}; {@link #flush()} sends them. */
  void head(int status, Map<String, String> headers, long contentLength, boolean close, boolean keepAliveHeader) {
    ascii("HTTP/1.1 ");
    digits(status);
    ascii(" ");
    ascii(HttpChars.reason(status));
    crlf();
    boolean dated = false;
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (!header.getKey().equalsIgnoreCase("connection")) {
        dated |= header.getKey().equalsIgnoreCase("date");
        ascii(header.getKey());
        ascii(": ");
        ascii(header.getValue());
        crlf();
      }
    }
    if (!dated) {
      ascii("Date: ");
      ascii(HttpDate.now());
      crlf();
    }
    if (HttpReply.allowsBody(status)) {
      ascii("Content-Length: ");
      digits(contentLength);
      crlf();
    }
    if (close) {
      ascii("Connection: close\r\n");
    } else if (keepAliveHeader) {
      ascii("Connection: keep-alive\r\n");
    }
    crlf();
  }

  /** Buffers raw bytes. */
  void append(byte[] bytes, int offset, int length) {
    ensure(length);
    System.arraycopy(bytes, offset, buf, len, length);
    len += length;
  }

  /** Writes everything buffered in one call. */
  void flush() throws IOException {
    if (len > 0) {
      out.write(buf, 0, len);
      len = 0;
    }
    if (buf.length > INLINE_BODY_BYTES * 2) {
      buf = new byte[INITIAL_BUFFER]; // give back memory after an unusually large head
    }
  }

  private void ascii(String s) {
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      buf[len++] = (byte) s.charAt(i);
    }
  }

  private void digits(long value) {
    ensure(20);
    if (value == 0) {
      buf[len++] = '0';
      return;
    }
    int start = len;
    for (long v = value; v > 0; v /= 10) {
      buf[len++] = (byte) ('0' + (v % 10));
    }
    for (int i = start, j = len - 1; i < j; i++, j--) {
      byte t = buf[i];
      buf[i] = buf[j];
      buf[j] = t;
    }
  }

  private void crlf() {
    ensure(2);
    buf[len++] = '\r';
    buf[len++] = '\n';
  }

  private void ensure(int more) {
    if (buf.length - len < more) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }
  }
}
