package dev.sivi4j.benchmarks.load;

import dev.sivi4j.benchmarks.BenchConfig;
import dev.sivi4j.benchmarks.RawGson;
import dev.sivi4j.benchmarks.Workload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * The leanest correct call on Apache HttpClient 5, the floor sivi4j's blocking client is measured
 * against: a pooled classic client of the same size that sets nothing sivi4j does not need (no
 * timeouts, no per-request configuration) and leaves out every step of the client's chain that sivi4j
 * leaves out (retries, redirects, compression, cookies, auth caching), the same headers on the wire as
 * sivi4j's, the body built and the answer parsed with Gson.
 */
final class LeanApacheContender implements BlockingContender {
  private final CloseableHttpClient client;
  private final String name;
  private final String apiKey;
  private final Map<Workload, URI> uris = new EnumMap<>(Workload.class);

  LeanApacheContender(String name, BenchServer server, int poolSize) {
    this.name = name;
    this.apiKey = server.apiKey();
    URI baseUrl = server.baseUrl();
    for (Workload workload : Workload.values()) {
      uris.put(workload, BenchConfig.uri(baseUrl, workload));
    }
    client =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(poolSize)
                    .setMaxConnPerRoute(poolSize)
                    .build())
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableContentCompression()
            .disableCookieManagement()
            .disableAuthCaching()
            .build();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void call(Workload workload) throws IOException {
    HttpPost post = new HttpPost(uris.get(workload));
    post.setHeader(WireHeaders.API_KEY, apiKey);
    post.setHeader(WireHeaders.ACCEPT, WireHeaders.JSON);
    post.setHeader(WireHeaders.USER_AGENT, WireHeaders.AGENT);
    post.setEntity(
        new ByteArrayEntity(RawGson.requestBody(workload).getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_JSON));
    client.execute(
        post,
        response ->
            RawGson.readResponse(
                workload, new String(EntityUtils.toByteArray(response.getEntity()), StandardCharsets.UTF_8)));
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
