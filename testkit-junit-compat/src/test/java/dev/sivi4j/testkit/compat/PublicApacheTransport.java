package dev.sivi4j.testkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.testkit.tck.TransportUnderTest;
import dev.sivi4j.transport.httpclient.SiviHttpClient;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * sivi4j's Apache transport as a downstream team would hand it to the TCK: only public API, every client
 * on an HttpClient the test owns, so that its pool can be checked for leaks and closed afterwards.
 */
final class PublicApacheTransport implements TransportUnderTest {
  private final List<PoolingHttpClientConnectionManager> pools = new ArrayList<>();
  private final List<CloseableHttpClient> httpClients = new ArrayList<>();

  @Override
  public SiviClient newClient(SiviConfig config) {
    return client(config, null);
  }

  @Override
  public SiviClient newClientTrusting(SiviConfig config, KeyStore trustStore) {
    return client(config, trustStore);
  }

  private SiviClient client(SiviConfig config, @Nullable KeyStore trustStore) {
    PoolingHttpClientConnectionManagerBuilder pool =
        PoolingHttpClientConnectionManagerBuilder.create()
            // What SiviHttpClient.quietConnections() asks of every user's pool: no key in DEBUG lines.
            .setConnectionFactory(SiviHttpClient.quietConnections())
            .setMaxConnTotal(config.maxConnections())
            .setMaxConnPerRoute(config.maxConnections())
            .setDefaultConnectionConfig(
                ConnectionConfig.custom().setConnectTimeout(Timeout.of(config.timeouts().connect())).build());
    if (trustStore != null) {
      pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(TransportUnderTest.sslContextTrusting(trustStore)));
    }
    PoolingHttpClientConnectionManager manager = pool.build();
    CloseableHttpClient httpClient =
        HttpClients.custom().setConnectionManager(manager).disableAutomaticRetries().disableRedirectHandling().build();
    pools.add(manager);
    httpClients.add(httpClient);
    return SiviHttpClient.builder(config).httpClient(httpClient).build();
  }

  /** Fails unless every pool is idle, allowing a moment for an aborted exchange; then closes the clients. */
  @Override
  public void assertNoConnectionLeaks() throws InterruptedException {
    try {
      for (PoolingHttpClientConnectionManager pool : pools) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (busy(pool) && System.nanoTime() < deadline) {
          Thread.sleep(5);
        }
        assertThat(pool.getTotalStats().getLeased()).as("leased connections").isZero();
        assertThat(pool.getTotalStats().getPending()).as("waiting leases").isZero();
      }
    } finally {
      httpClients.forEach(client -> client.close(CloseMode.IMMEDIATE));
      httpClients.clear();
      pools.clear();
    }
  }

  private static boolean busy(PoolingHttpClientConnectionManager pool) {
    return pool.getTotalStats().getLeased() > 0 || pool.getTotalStats().getPending() > 0;
  }

}
