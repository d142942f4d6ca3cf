package dev.sivi4j.transport.httpclient.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** One scripted answer of a {@link ScriptedServer}. Immutable; the {@code with...} methods copy. */
public final class Reply {
  private enum Mode { FIXED, CHUNKED, DRIBBLE, NEVER }

  private final int status;
  private final List<Map.Entry<String, String>> headers;
  private final byte[] body;
  private final Mode mode;
  private final Duration pause;

  private Reply(int status, List<Map.Entry<String, String>> headers, byte[] body, Mode mode, Duration pause) {
    this.status = status;
    this.headers = List.copyOf(headers);
    this.body = body;
    this.mode = mode;
    this.pause = pause;
  }

  /** A reply with the given status, content type and body. */
  public static Reply of(int status, String contentType, byte[] body) {
    return new Reply(status, List.of(Map.entry("Content-Type", contentType)), body, Mode.FIXED, Duration.ZERO);
  }

  /** A JSON reply. */
  public static Reply json(int status, String json) {
    return of(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  /** The Sivi envelope {@code {"status": status, "body": body}}, with the same HTTP status. */
  public static Reply envelope(int status, String bodyJson) {
    return json(status, "{\"status\":" + status + ",\"body\":" + bodyJson + "}");
  }

  /** A documented error: {@code {"status": status, "body": {"message": message}}}. */
  public static Reply error(int status, String message) {
    return envelope(status, "{\"message\":\"" + message + "\"}");
  }

  /** Never answers: the handler waits until the server stops. */
  public static Reply never() {
    return new Reply(200, List.of(), new byte[0], Mode.NEVER, Duration.ZERO);
  }

  /** This reply with one more header. */
  public Reply withHeader(String name, String value) {
    List<Map.Entry<String, String>> more = new ArrayList<>(headers);
    more.add(Map.entry(name, value));
    return new Reply(status, more, body, mode, pause);
  }

  /** This reply without a {@code Content-Length}: the body goes chunked. */
  public Reply chunked() {
    return new Reply(status, headers, body, Mode.CHUNKED, pause);
  }

  /** This reply sending its body one byte at a time, pausing before each. */
  public Reply dribbled(Duration pauseBeforeEachByte) {
    return new Reply(status, headers, body, Mode.DRIBBLE, pauseBeforeEachByte);
  }

  void send(HttpExchange exchange, CountDownLatch stopped) throws IOException, InterruptedException {
    if (mode == Mode.NEVER) {
      stopped.await(30, TimeUnit.SECONDS);
      return;
    }
    for (Map.Entry<String, String> header : headers) {
      exchange.getResponseHeaders().add(header.getKey(), header.getValue());
    }
    long length = mode == Mode.CHUNKED ? 0 : body.length == 0 ? -1 : body.length;
    exchange.sendResponseHeaders(status, length);
    OutputStream out = exchange.getResponseBody();
    if (mode == Mode.DRIBBLE) {
      for (byte b : body) {
        if (stopped.await(pause.toMillis(), TimeUnit.MILLISECONDS)) {
          return;
        }
        out.write(b);
        out.flush();
      }
    } else {
      out.write(body);
    }
    out.close();
  }
}
