package dev.sivi4j.testkit.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The parsed request line and header fields of one request, and what they say about framing. */
final class RequestHead {
  private static final byte SP = ' ';
  private static final byte HT = '\t';
  private static final byte LF = '\n';

  private final byte[] buf;
  private final Map<String, String> headers = new HashMap<>();
  private String method = "";
  private String path = "";
  private boolean http11;
  private long contentLength = -1;
  private int transferEncodings;
  private boolean chunked;
  private boolean connectionClose;
  private boolean connectionKeepAlive;
  private boolean expectContinue;
  private int hosts;

  private RequestHead(byte[] buf) {
    this.buf = buf;
  }

  /**
   * Parses the head in {@code buf[from, end)}, which ends with its blank line.
   *
   * @throws RequestRejectedException with 400, 501 or 505 when the head is not acceptable HTTP/1.x
   */
  static RequestHead parse(byte[] buf, int from, int end) throws RequestRejectedException {
    RequestHead head = new RequestHead(buf);
    int lineEnd = indexOf(buf, LF, from, end);
    head.requestLine(from, stripCr(buf, from, lineEnd));
    int p = lineEnd + 1;
    while (true) {
      lineEnd = indexOf(buf, LF, p, end);
      int stop = stripCr(buf, p, lineEnd);
      if (stop == p) {
        break;
      }
      head.field(p, stop);
      p = lineEnd + 1;
    }
    if (head.transferEncodings > 0 && !head.chunked) {
      throw new RequestRejectedException(501, "only the chunked transfer coding is supported");
    }
    if (head.hosts > 1) {
      throw new RequestRejectedException(400, "the Host header is given more than once");
    }
    if (head.hosts == 0 && head.http11) {
      throw new RequestRejectedException(400, "an HTTP/1.1 request must have a Host header");
    }
    return head;
  }

  String method() {
    return method;
  }

  String path() {
    return path;
  }

  Map<String, String> headers() {
    return Map.copyOf(headers);
  }

  boolean chunked() {
    return chunked;
  }

  /** The declared body length, or -1 when there was none; ignored when {@link #chunked()}. */
  long contentLength() {
    return contentLength;
  }

  boolean http11() {
    return http11;
  }

  boolean expectContinue() {
    return expectContinue && http11;
  }

  /** HTTP/1.1 keeps the connection unless told to close; 1.0 only when asked. A request framed twice never. */
  boolean keepAlive() {
    if (chunked && contentLength >= 0) {
      return false;
    }
    return http11 ? !connectionClose : connectionKeepAlive && !connectionClose;
  }

  private void requestLine(int from, int to) throws RequestRejectedException {
    int sp1 = indexOf(buf, SP, from, to);
    int sp2 = sp1 < 0 ? -1 : indexOf(buf, SP, sp1 + 1, to);
    if (sp1 <= from || sp2 <= sp1 + 1) {
      throw new RequestRejectedException(400, "the request line is not 'method target version'");
    }
    for (int i = from; i < sp1; i++) {
      if (!HttpChars.isTokenChar(buf[i])) {
        throw new RequestRejectedException(400, "the method has an illegal character");
      }
    }
    for (int i = sp1 + 1; i < sp2; i++) {
      if (buf[i] < 0x21 || buf[i] > 0x7E) {
        throw new RequestRejectedException(400, "the request target has an illegal character");
      }
    }
    version(sp2 + 1, to);
    method = method(from, sp1);
    path = originForm(ascii(sp1 + 1, sp2));
    int query = path.indexOf('?');
    if (HttpChars.decodePath(query < 0 ? path : path.substring(0, query)) == null) {
      throw new RequestRejectedException(400, "the request path has a malformed percent-encoding");
    }
  }

  private void version(int from, int to) throws RequestRejectedException {
    String version = ascii(from, to);
    if (version.equals("HTTP/1.1")) {
      http11 = true;
    } else if (!version.equals("HTTP/1.0")) {
      boolean looksLikeHttp = version.length() == 8 && version.startsWith("HTTP/")
          && Character.isDigit(version.charAt(5)) && version.charAt(6) == '.' && Character.isDigit(version.charAt(7));
      throw new RequestRejectedException(looksLikeHttp ? 505 : 400, "unsupported protocol version");
    }
  }

  private String method(int from, int to) {
    if (matches("POST", from, to)) {
      return "POST";
    }
    if (matches("GET", from, to)) {
      return "GET";
    }
    return ascii(from, to);
  }

  /** Reduces an absolute-form target ({@code http://host/p?q}) to origin form; others pass unchanged. */
  private static String originForm(String target) throws RequestRejectedException {
    if (target.charAt(0) == '/' || target.equals("*")) {
      return target;
    }
    int scheme = target.indexOf("://");
    if (scheme < 0) {
      throw new RequestRejectedException(400, "the request target is neither a path nor an absolute URI");
    }
    int rest = scheme + 3;
    while (rest < target.length() && target.charAt(rest) != '/' && target.charAt(rest) != '?') {
      rest++;
    }
    return rest == target.length() ? "/" : target.charAt(rest) == '?' ? "/" + target.substring(rest)
        : target.substring(rest);
  }

  private void field(int from, int to) throws RequestRejectedException {
    if (buf[from] == SP || buf[from] == HT) {
      throw new RequestRejectedException(400, "obsolete header line folding is not accepted");
    }
    int colon = indexOf(buf, (byte) ':', from, to);
    if (colon <= from) {
      throw new RequestRejectedException(400, "a header line has no name");
    }
    for (int i = from; i < colon; i++) {
      byte b = buf[i];
      if (!HttpChars.isTokenChar(b)) {
        throw new RequestRejectedException(400, "a header name has an illegal character");
      }
      if (b >= 'A' && b <= 'Z') {
        buf[i] = (byte) (b + ('a' - 'A'));
      }
    }
    int v0 = colon + 1;
    int v1 = to;
    while (v0 < v1 && (buf[v0] == SP || buf[v0] == HT)) {
      v0++;
    }
    while (v1 > v0 && (buf[v1 - 1] == SP || buf[v1 - 1] == HT)) {
      v1--;
    }
    for (int i = v0; i < v1; i++) {
      int c = buf[i] & 0xFF;
      if ((c < 0x20 && c != HT) || c == 0x7F) {
        throw new RequestRejectedException(400, "a header value has a control character");
      }
    }
    String name = ascii(from, colon);
    String value = new String(buf, v0, v1 - v0, StandardCharsets.ISO_8859_1);
    headers.putIfAbsent(name, value);
    switch (name) {
      case "content-length" -> contentLength(value);
      case "transfer-encoding" -> {
        transferEncodings++;
        chunked = transferEncodings == 1 && value.equalsIgnoreCase("chunked");
      }
      case "connection" -> connection(value);
      case "expect" -> expectContinue = value.equalsIgnoreCase("100-continue");
      case "host" -> hosts++;
      default -> { }
    }
  }

  private void contentLength(String value) throws RequestRejectedException {
    if (value.isEmpty()) {
      throw new RequestRejectedException(400, "Content-Length is empty");
    }
    long parsed = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        throw new RequestRejectedException(400, "Content-Length is not a number");
      }
      parsed = Math.min(Long.MAX_VALUE / 20, parsed * 10 + (c - '0')); // saturates: anything huge is too large
    }
    if (contentLength >= 0 && contentLength != parsed) {
      throw new RequestRejectedException(400, "Content-Length is given twice with different values");
    }
    contentLength = parsed;
  }

  private void connection(String value) {
    for (String option : value.split(",")) {
      String token = option.trim();
      connectionClose |= token.equalsIgnoreCase("close");
      connectionKeepAlive |= token.equalsIgnoreCase("keep-alive");
    }
  }

  private boolean matches(String word, int from, int to) {
    if (to - from != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (buf[from + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private String ascii(int from, int to) {
    return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
  }

  private static int stripCr(byte[] buf, int from, int lineEnd) {
    return lineEnd > from && buf[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
  }

  private static int indexOf(byte[] buf, byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buf[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
