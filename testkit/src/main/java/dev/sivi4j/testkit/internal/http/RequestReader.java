package dev.sivi4j.testkit.internal.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads HTTP/1.1 requests off one connection: the head into a fixed 16 KiB buffer, the body by
 * {@code Content-Length} or chunked. Bytes read past one request stay buffered for the next (pipelining).
 */
final class RequestReader {
  static final int MAX_HEAD_BYTES = 16 * 1024;
  static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

  private static final byte CR = '\r';
  private static final byte LF = '\n';
  private static final byte[] EMPTY = new byte[0];
  private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private final InputStream in;
  private final OutputStream out;
  private final Pacer pacer;
  private final byte[] buf = new byte[MAX_HEAD_BYTES];
  private int pos;
  private int limit;
  private int lineStart;
  private int lineStop;

  // About the last request read.
  private boolean keepAlive;
  private boolean http10;
  private boolean head;
  private boolean midRequest;

  RequestReader(InputStream in, OutputStream out) {
    this(in, out, Pacer.NONE);
  }

  RequestReader(InputStream in, OutputStream out, Pacer pacer) {
    this.in = in;
    this.out = out;
    this.pacer = pacer;
  }

  /** Whether the reader is inside a request: its first byte has arrived but not yet all of it. */
  boolean midRequest() {
    return midRequest;
  }

  /** Whether the last request allows the connection to stay open after the reply. */
  boolean keepAlive() {
    return keepAlive;
  }

  /** Whether the last request was HTTP/1.0 (keep-alive must then be announced in the reply). */
  boolean http10() {
    return http10;
  }

  /** Whether the last request was a HEAD request (its reply has no body bytes). */
  boolean head() {
    return head;
  }

  /**
   * Reads the next request.
   *
   * @return the request, or {@code null} when the client closed the connection between requests
   * @throws RequestRejectedException when the request is malformed or too large
   * @throws EOFException when the stream ends inside a request
   */
  @Nullable HttpRequestData read() throws IOException, RequestRejectedException {
    keepAlive = false;
    http10 = false;
    head = false;
    midRequest = false;
    if (!skipEmptyLines()) {
      return null;
    }
    midRequest = true;
    pacer.requestStarted();
    if (!HttpChars.isTokenChar(buf[pos] & 0xFF)) {
      throw new RequestRejectedException(400, "the request does not start with a method");
    }
    int end = findHeadEnd();
    RequestHead parsed = RequestHead.parse(buf, pos, end);
    pos = end;
    keepAlive = parsed.keepAlive();
    http10 = !parsed.http11();
    head = parsed.method().equals("HEAD");
    byte[] body;
    if (parsed.chunked()) {
      sendContinueIfExpected(parsed);
      body = readChunked();
    } else if (parsed.contentLength() > 0) {
      if (parsed.contentLength() > MAX_BODY_BYTES) {
        throw new RequestRejectedException(413, "the body is larger than " + MAX_BODY_BYTES + " bytes");
      }
      sendContinueIfExpected(parsed);
      body = readFixed((int) parsed.contentLength());
    } else {
      body = EMPTY;
    }
    midRequest = false;
    return new HttpRequestData(parsed.method(), parsed.path(), parsed.headers(), body);
  }

  private void sendContinueIfExpected(RequestHead parsed) throws IOException {
    if (parsed.expectContinue() && pos == limit) {
      out.write(CONTINUE);
    }
  }

  /** Skips the empty lines a client may send between requests; false at end of stream. */
  private boolean skipEmptyLines() throws IOException {
    while (true) {
      while (pos < limit && (buf[pos] == CR || buf[pos] == LF)) {
        pos++;
      }
      if (pos < limit) {
        return true;
      }
      pos = 0;
      limit = 0;
      pacer.awaitingRequest();
      if (!fill()) {
        return false;
      }
    }
  }

  /** Buffers the whole head and returns the index just past its blank line. */
  private int findHeadEnd() throws IOException, RequestRejectedException {
    int scan = pos;
    while (true) {
      for (; scan < limit; scan++) {
        if (buf[scan] != LF) {
          continue;
        }
        if (scan + 1 >= limit) {
          break;
        }
        if (buf[scan + 1] == LF) {
          return scan + 2;
        }
        if (buf[scan + 1] == CR) {
          if (scan + 2 >= limit) {
            break;
          }
          if (buf[scan + 2] == LF) {
            return scan + 3;
          }
        }
      }
      if (limit == buf.length) {
        if (pos == 0) {
          throw new RequestRejectedException(431, "the request head is larger than " + MAX_HEAD_BYTES + " bytes");
        }
        scan -= pos;
        compact();
      }
      pacer.readingHead();
      if (!fill()) {
        throw new EOFException("end of stream inside the request head");
      }
    }
  }

  private byte[] readFixed(int length) throws IOException {
    byte[] body = new byte[length];
    readInto(body, 0, length);
    return body;
  }

  private byte[] readChunked() throws IOException, RequestRejectedException {
    byte[] body = new byte[256];
    int size = 0;
    while (true) {
      int chunk = readChunkSize(size);
      if (chunk == 0) {
        break;
      }
      if (body.length - size < chunk) {
        body = Arrays.copyOf(body, Math.min(MAX_BODY_BYTES, Math.max(size + chunk, body.length * 2)));
      }
      readInto(body, size, chunk);
      size += chunk;
      readLine();
      if (lineStop != lineStart) {
        throw new RequestRejectedException(400, "a chunk is longer than its declared size");
      }
    }
    int trailerBytes = 0;
    do { // trailer fields are read and ignored
      readLine();
      trailerBytes += lineStop - lineStart;
      if (trailerBytes > MAX_HEAD_BYTES) {
        throw new RequestRejectedException(431, "the chunked trailer is larger than " + MAX_HEAD_BYTES + " bytes");
      }
    } while (lineStop != lineStart);
    return Arrays.copyOf(body, size);
  }

  /** Reads a chunk-size line; {@code sizeSoFar} lets it refuse a body that would pass the cap. */
  private int readChunkSize(int sizeSoFar) throws IOException, RequestRejectedException {
    readLine();
    long size = 0;
    int digits = 0;
    int i = lineStart;
    for (; i < lineStop; i++) {
      int d = Character.digit(buf[i], 16);
      if (d < 0) {
        break;
      }
      if (++digits > 8) {
        throw new RequestRejectedException(413, "a chunk is larger than " + MAX_BODY_BYTES + " bytes");
      }
      size = size * 16 + d;
    }
    if (digits == 0 || (i < lineStop && buf[i] != ';' && buf[i] != ' ' && buf[i] != '\t')) {
      throw new RequestRejectedException(400, "a chunk size is not a hexadecimal number");
    }
    if (sizeSoFar + size > MAX_BODY_BYTES) {
      throw new RequestRejectedException(413, "the body is larger than " + MAX_BODY_BYTES + " bytes");
    }
    return (int) size;
  }

  /** Reads one line into {@code lineStart..lineStop} (without its CR LF). */
  private void readLine() throws IOException, RequestRejectedException {
    int scan = pos;
    while (true) {
      for (; scan < limit; scan++) {
        if (buf[scan] == LF) {
          lineStart = pos;
          lineStop = scan > pos && buf[scan - 1] == CR ? scan - 1 : scan;
          pos = scan + 1;
          return;
        }
      }
      if (limit == buf.length) {
        if (pos == 0) {
          throw new RequestRejectedException(400, "a line of the chunked body is longer than " + MAX_HEAD_BYTES);
        }
        scan -= pos;
        compact();
      }
      pacer.readingBody();
      if (!fill()) {
        throw new EOFException("end of stream inside a chunked body");
      }
    }
  }

  /** Copies buffered bytes first, then reads the rest straight from the socket. */
  private void readInto(byte[] target, int offset, int length) throws IOException {
    int buffered = Math.min(length, limit - pos);
    System.arraycopy(buf, pos, target, offset, buffered);
    pos += buffered;
    int done = buffered;
    while (done < length) {
      pacer.readingBody();
      int n = in.read(target, offset + done, length - done);
      if (n < 0) {
        throw new EOFException("end of stream inside the request body");
      }
      done += n;
    }
  }

  private void compact() {
    System.arraycopy(buf, pos, buf, 0, limit - pos);
    limit -= pos;
    pos = 0;
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      return false;
    }
    limit += n;
    return true;
  }
}
