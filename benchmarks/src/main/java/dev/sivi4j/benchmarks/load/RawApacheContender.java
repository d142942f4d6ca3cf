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
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Raw Apache HttpClient 5: a pooled classic client, a JSON body built with Gson, the answer parsed
 * with {@code JsonParser}. Configured as sivi4j configures its own (same pool, same timeouts, no
 * automatic retries, no redirects) so the difference is the library, not the settings.
 */
final class RawApacheContender implements BlockingContender {
  private final CloseableHttpClient client;
  private final String name;
  private final String apiKey;
  private final Map<Workload, URI> uris = new EnumMap<>(Workload.class);

  RawApacheContender(String name, BenchServer server, int poolSize) {
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
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.ofSeconds(5))
                            .setSocketTimeout(Timeout.ofSeconds(20))
                            .build())
                    .build())
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setConnectionRequestTimeout(Timeout.ofSeconds(5))
                    .setResponseTimeout(Timeout.ofSeconds(20))
                    .build())
            .disableAutomaticRetries()
            .disableRedirectHandling()
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
    post.setEntity(new StringEntity(RawGson.requestBody(workload), ContentType.APPLICATION_JSON));
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
