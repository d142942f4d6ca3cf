package dev.sivi4j.transport.vertx;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted Sivi on a loopback Vert.x server (127.0.0.1, port 0): records each request and answers
 * with the next reply scripted for its path, the last reply repeating. Every reply is non-blocking.
 * Tests run it on a Vert.x of its own, so the watched event loops run only the client under test.
 */
final class StubSivi {
  /** A request as the server saw it. */
  record Seen(String method, String path, MultiMap headers, String body) {
    JsonObject json() {
      return new JsonObject(body);
    }
  }

  private final HttpServer server;
  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final Map<String, Deque<Reply>> scripts = new ConcurrentHashMap<>();
  private final AtomicInteger openConnections = new AtomicInteger();

  private StubSivi(Vertx vertx) throws Exception {
    this.server =
        Await.result(
            vertx
                .createHttpServer()
                .connectionHandler(
                    connection -> {
                      openConnections.incrementAndGet();
                      connection.closeHandler(ignored -> openConnections.decrementAndGet());
                    })
                .requestHandler(this::handle)
                .listen(0, "127.0.0.1"));
  }

  static StubSivi start(Vertx vertx) throws Exception {
    return new StubSivi(vertx);
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.actualPort());
  }

  /** How the stub answers one request. */
  @FunctionalInterface
  interface Reply extends Handler<HttpServerRequest> {}

  /** Scripts the replies for a path: one per request, the last one for every request after. */
  StubSivi on(String path, Reply... replies) {
    scripts.put(path, new ArrayDeque<>(List.of(replies)));
    return this;
  }

  List<Seen> requests() {
    return List.copyOf(seen);
  }

  /** Connections the server has accepted and not yet seen closed. */
  int openConnections() {
    return openConnections.get();
  }

  private void handle(HttpServerRequest request) {
    request
        .body()
        .onSuccess(
            body -> {
              seen.add(new Seen(request.method().name(), request.path(), request.headers(), body.toString()));
              next(request.path()).handle(request);
            });
  }

  private Reply next(String path) {
    Deque<Reply> replies = scripts.get(path);
    if (replies == null || replies.isEmpty()) {
      return json(404, "{\"status\":404,\"body\":{\"message\":\"no script for " + path + "\"}}");
    }
    synchronized (replies) {
      return replies.size() > 1 ? replies.poll() : replies.peek();
    }
  }

  static Reply json(int status, String body) {
    return request ->
        request.response().setStatusCode(status).putHeader("content-type", "application/json").end(body);
  }

  static Reply envelope(int status, String message) {
    return json(status, "{\"status\":" + status + ",\"body\":{\"message\":\"" + message + "\"}}");
  }

  static Reply html(int status, String body) {
    return request -> request.response().setStatusCode(status).putHeader("content-type", "text/html").end(body);
  }

  static Reply redirect(String location) {
    return request -> request.response().setStatusCode(302).putHeader("location", location).end();
  }

  /** Reads the request and never answers. */
  static Reply stall() {
    return request -> {};
  }

  /** Closes the connection without answering. */
  static Reply hangUp() {
    return request -> request.connection().close();
  }

  /** Declares a body of {@code bytes} and sends it all. */
  static Reply sized(int bytes) {
    return request -> request.response().setStatusCode(200).end(Buffer.buffer(new byte[bytes]));
  }

  /** Sends chunks for as long as the client reads them, a few per event-loop turn. */
  static Reply endless() {
    Buffer chunk = Buffer.buffer(new byte[16 * 1024]);
    return request -> pump(serverVertx(), request.response().setStatusCode(200).setChunked(true), chunk);
  }

  private static void pump(Vertx vertx, HttpServerResponse response, Buffer chunk) {
    for (int i = 0; i < 4 && !response.closed() && !response.writeQueueFull(); i++) {
      response.write(chunk);
    }
    if (response.closed()) {
      return;
    }
    if (response.writeQueueFull()) {
      response.drainHandler(ignored -> pump(vertx, response, chunk));
    } else {
      // Yield the loop, which the client under test may share.
      vertx.setTimer(1, ignored -> pump(vertx, response, chunk));
    }
  }

  /** Sends the headers, then one byte every {@code periodMillis}, never finishing. */
  static Reply dribble(long periodMillis) {
    return request -> {
      Vertx vertx = serverVertx();
      HttpServerResponse response = request.response().setStatusCode(200).setChunked(true);
      response.write("{");
      long timer =
          vertx.setPeriodic(
              periodMillis,
              id -> {
                if (!response.closed()) {
                  response.write(" ");
                }
              });
      response.closeHandler(ignored -> vertx.cancelTimer(timer));
    };
  }

  /** The Vert.x whose event loop runs the current reply. */
  private static Vertx serverVertx() {
    return Objects.requireNonNull(Vertx.currentContext(), "replies run on the server's context").owner();
  }

  void close() throws Exception {
    Await.result(server.close());
  }
}
