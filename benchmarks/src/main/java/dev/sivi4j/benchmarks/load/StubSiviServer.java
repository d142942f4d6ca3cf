package dev.sivi4j.benchmarks.load;

import dev.sivi4j.benchmarks.BenchConfig;
import dev.sivi4j.benchmarks.WireSamples;
import dev.sivi4j.benchmarks.Workload;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * A loopback server that answers like the Sivi service with fixed documented bodies, chosen by the
 * last path segment, so it costs the same whoever calls it. It runs on its own {@link Vertx} so its
 * event loops are not shared with the Vert.x clients under test; it never checks the key.
 */
final class StubSiviServer implements BenchServer {
  private static final String BASE_PATH = "/api/prod/v2";

  private final Vertx vertx;
  private final Map<String, Buffer> answers = new HashMap<>();
  private final Buffer notFound = Buffer.buffer(WireSamples.NOT_FOUND);
  private final LongAdder served = new LongAdder();
  private final int port;
  private final int eventLoops;

  private StubSiviServer(int eventLoops) throws Exception {
    this.eventLoops = eventLoops;
    for (Workload workload : Workload.values()) {
      answers.put(workload.operation().endpoint(), Buffer.buffer(workload.response()));
    }
    vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops));
    HttpServer first = newServer();
    port = first.listen(0, "127.0.0.1").await(10, TimeUnit.SECONDS).actualPort();
    // Servers of one Vertx on the same port share it, one event loop each.
    for (int i = 1; i < eventLoops; i++) {
      newServer().listen(port, "127.0.0.1").await(10, TimeUnit.SECONDS);
    }
  }

  /**
   * Starts a server on 127.0.0.1, on a free port.
   *
   * @param eventLoops how many event loops answer
   * @return the running server
   * @throws Exception if it could not start
   */
  static StubSiviServer start(int eventLoops) throws Exception {
    return new StubSiviServer(eventLoops);
  }

  private HttpServer newServer() {
    return vertx.createHttpServer(new HttpServerOptions().setTcpNoDelay(true)).requestHandler(this::handle);
  }

  private void handle(HttpServerRequest request) {
    request
        .end()
        .onComplete(
            ignored -> {
              String path = request.path();
              Buffer answer = answers.getOrDefault(path.substring(path.lastIndexOf('/') + 1), notFound);
              served.increment();
              request
                  .response()
                  .setStatusCode(answer == notFound ? 404 : 200)
                  .putHeader("content-type", "application/json")
                  .end(answer);
            });
  }

  @Override
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + port + BASE_PATH);
  }

  @Override
  public String apiKey() {
    return BenchConfig.API_KEY;
  }

  @Override
  public long served() {
    return served.sum();
  }

  @Override
  public String describe() {
    return "stub " + baseUrl() + " (" + eventLoops + " event loop(s))";
  }

  @Override
  public void close() {
    vertx.close().await();
  }
}
