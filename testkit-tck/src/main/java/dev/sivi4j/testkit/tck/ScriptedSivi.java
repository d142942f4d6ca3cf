package dev.sivi4j.testkit.tck;

import dev.sivi4j.testkit.internal.http.HttpReply;
import dev.sivi4j.testkit.internal.http.HttpRequestData;
import dev.sivi4j.testkit.internal.http.LoopbackHttpServer;
import dev.sivi4j.testkit.internal.http.WireFault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback server that answers from a script, for the exact replies the fake does not give (a 404, an
 * envelope status that disagrees with HTTP, a redirect) and for the request headers the fake's journal
 * does not keep. Replies are used in order; the last one repeats.
 */
final class ScriptedSivi implements AutoCloseable {
  static final String BASE_PATH = "/api/prod/v2";

  private final Deque<HttpReply> script = new ArrayDeque<>();
  private final List<HttpRequestData> requests = new CopyOnWriteArrayList<>();
  private final LoopbackHttpServer server;

  private ScriptedSivi() {
    try {
      server = LoopbackHttpServer.start(0, this::answer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind 127.0.0.1", e);
    }
  }

  static ScriptedSivi start(HttpReply... replies) {
    ScriptedSivi sivi = new ScriptedSivi();
    sivi.then(replies);
    return sivi;
  }

  /** Appends replies to the script. */
  synchronized ScriptedSivi then(HttpReply... replies) {
    script.addAll(List.of(replies));
    return this;
  }

  private HttpReply answer(HttpRequestData request) {
    requests.add(request);
    synchronized (this) {
      HttpReply next = script.size() > 1 ? script.removeFirst() : script.peekFirst();
      return next != null ? next : envelope(200, 200, "{\"message\":\"ok\"}");
    }
  }

  URI baseUri() {
    return URI.create(server.baseUri() + BASE_PATH);
  }

  int port() {
    return server.port();
  }

  List<HttpRequestData> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.close();
  }

  /** The documented envelope, {@code {"status": s, "body": body}}, with an HTTP status of its own. */
  static HttpReply envelope(int httpStatus, int envelopeStatus, String bodyJson) {
    return json(httpStatus, "{\"status\":" + envelopeStatus + ",\"body\":" + bodyJson + "}");
  }

  /** The documented error envelope with the same HTTP and envelope status. */
  static HttpReply error(int status, String message) {
    return envelope(status, status, "{\"message\":\"" + message + "\"}");
  }

  static HttpReply json(int httpStatus, String json) {
    return HttpReply.of(httpStatus, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  /** An nginx-style HTML error page, as a proxy in front of the service sends. */
  static HttpReply html(int status) {
    String page = "<html><head><title>" + status + "</title></head><body><center><h1>" + status
        + "</h1></center><hr><center>nginx</center></body></html>";
    return HttpReply.of(status, "text/html", page.getBytes(StandardCharsets.UTF_8));
  }

  /** A reply with extra headers. */
  static HttpReply withHeaders(HttpReply reply, Map<String, String> extra) {
    Map<String, String> headers = new LinkedHashMap<>(reply.headers());
    headers.putAll(extra);
    return new HttpReply(reply.status(), headers, reply.body(), reply.fault());
  }

  static HttpReply redirect(int status, URI location) {
    return withHeaders(html(status), Map.of("Location", location.toString()));
  }

  /** A 200 whose body streams {@code bytes} bytes, never held in memory. */
  static HttpReply oversized(long bytes) {
    return HttpReply.of(200, "application/json", new byte[0]).withFault(new WireFault.Oversized(bytes));
  }
}
