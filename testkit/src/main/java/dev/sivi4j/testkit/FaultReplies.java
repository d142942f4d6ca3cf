package dev.sivi4j.testkit;

import dev.sivi4j.testkit.internal.engine.EngineReply;
import java.nio.charset.StandardCharsets;

/** The responses that faults put in place of the service's answer, the same for every face. */
final class FaultReplies {
  static final String JSON = "application/json";
  static final String HTML = "text/html; charset=utf-8";
  static final byte[] GARBAGE = "\u0000\u0001\u00ff NOT HTTP \u00fe\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

  private static final byte[] MALFORMED = "{\"status\": 200, \"body\": {\"message\": \"ok\"".getBytes(StandardCharsets.UTF_8);
  private static final byte[] NONE = new byte[0];

  private FaultReplies() {}

  /** The exchange for a fault that replaces the answer. */
  static Exchange replacing(Fault fault) {
    return switch (fault.kind()) {
      case STATUS -> {
        Fault.Status s = (Fault.Status) fault;
        EngineReply reply = EngineReply.error(s.status(), s.message());
        yield new Exchange(reply.status(), JSON, reply.body(), null);
      }
      case HTML_ERROR -> {
        int status = ((Fault.HtmlError) fault).status();
        yield new Exchange(status, HTML, html(status), null);
      }
      case MALFORMED_BODY -> new Exchange(200, JSON, MALFORMED, null);
      case REPLY -> {
        Fault.Reply r = (Fault.Reply) fault;
        // Its delay and close are played by the face, like a delivery fault's.
        Fault delivery = r.delay().isZero() && !r.closeAfter() ? null : r;
        yield new Exchange(r.status(), r.contentType(), r.body().getBytes(StandardCharsets.UTF_8), delivery, r.headers());
      }
      case EMPTY_BODY -> new Exchange(200, JSON, NONE, null);
      // No response at all: the face plays the fault itself.
      case STALL_BEFORE_HEADERS, RESET, CLOSE_AFTER_REQUEST, GARBAGE_THEN_CLOSE -> new Exchange(0, JSON, NONE, fault);
      case TRUNCATED_BODY, OVERSIZED_BODY, LATENCY, SLOW_BODY, CLOSE_AFTER_RESPONSE ->
          throw new IllegalArgumentException(fault + " spoils the delivery of the answer; it does not replace it");
    };
  }

  private static byte[] html(int status) {
    String title = status + " " + reason(status);
    return ("<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
            + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 422 -> "Unprocessable Entity";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Temporarily Unavailable";
      case 504 -> "Gateway Time-out";
      default -> "Error";
    };
  }
}
