package dev.sivi4j.benchmarks.load;

import dev.sivi4j.benchmarks.BenchConfig;
import dev.sivi4j.benchmarks.RawGson;
import dev.sivi4j.benchmarks.Workload;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

/**
 * The leanest correct call on the Vert.x Web Client, the floor sivi4j's Vert.x client is measured
 * against: a pooled Web Client with the same pool size, each request built from the host, port and path
 * resolved once (no URL parse per request), no per-request timeout (no timer per request), the same
 * headers on the wire as sivi4j's, the body built and the answer parsed with Gson.
 */
final class LeanVertxContender implements AsyncContender {
  private final WebClient client;
  private final String name;
  private final String apiKey;
  private final String host;
  private final int port;
  private final Map<Workload, String> paths = new EnumMap<>(Workload.class);

  LeanVertxContender(String name, Vertx vertx, BenchServer server, int poolSize) {
    this.name = name;
    this.apiKey = server.apiKey();
    URI baseUrl = server.baseUrl();
    this.host = baseUrl.getHost();
    this.port = baseUrl.getPort();
    for (Workload workload : Workload.values()) {
      paths.put(workload, BenchConfig.uri(baseUrl, workload).getRawPath());
    }
    // The Web Client's own User-Agent is off because the request carries sivi4j's, as sivi4j's does.
    client =
        WebClient.create(
            vertx, new WebClientOptions().setUserAgentEnabled(false), new PoolOptions().setHttp1MaxSize(poolSize));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Future<?> call(Workload workload) {
    return client
        .post(port, host, paths.get(workload))
        .putHeader(WireHeaders.API_KEY, apiKey)
        .putHeader(WireHeaders.CONTENT_TYPE, WireHeaders.JSON)
        .putHeader(WireHeaders.ACCEPT, WireHeaders.JSON)
        .putHeader(WireHeaders.USER_AGENT, WireHeaders.AGENT)
        .sendBuffer(Buffer.buffer(RawGson.requestBody(workload)))
        .map(response -> RawGson.readResponse(workload, response.bodyAsString()));
  }

  @Override
  public void close() {
    client.close();
  }
}
