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
 * Raw Vert.x Web Client: a JSON body built with Gson, the answer parsed with {@code JsonParser}, the
 * same pool size, timeouts and redirect setting as sivi4j's Vert.x client.
 */
final class RawVertxContender implements AsyncContender {
  private final WebClient client;
  private final String name;
  private final String apiKey;
  private final Map<Workload, String> uris = new EnumMap<>(Workload.class);

  RawVertxContender(String name, Vertx vertx, BenchServer server, int poolSize) {
    this.name = name;
    this.apiKey = server.apiKey();
    URI baseUrl = server.baseUrl();
    for (Workload workload : Workload.values()) {
      uris.put(workload, BenchConfig.uri(baseUrl, workload).toString());
    }
    client =
        WebClient.create(
            vertx,
            new WebClientOptions().setConnectTimeout(5_000).setFollowRedirects(false).setTcpNoDelay(true),
            new PoolOptions().setHttp1MaxSize(poolSize));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Future<?> call(Workload workload) {
    return client
        .postAbs(uris.get(workload))
        .putHeader(WireHeaders.API_KEY, apiKey)
        .putHeader(WireHeaders.CONTENT_TYPE, WireHeaders.JSON)
        .putHeader(WireHeaders.ACCEPT, WireHeaders.JSON)
        .putHeader(WireHeaders.USER_AGENT, WireHeaders.AGENT)
        .timeout(20_000)
        .sendBuffer(Buffer.buffer(RawGson.requestBody(workload)))
        .map(response -> RawGson.readResponse(workload, response.bodyAsString()));
  }

  @Override
  public void close() {
    client.close();
  }
}
