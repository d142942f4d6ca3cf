package dev.sivi4j.transport.httpclient;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviClients;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.json.gson.GsonSiviCodec;
import dev.sivi4j.testkit.tck.ProxyContract;
import dev.sivi4j.testkit.tck.TransportUnderTest;
import dev.sivi4j.transport.httpclient.internal.ApacheHttpTransport;
import dev.sivi4j.transport.httpclient.internal.TrustingTransports;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolStats;
import org.apache.hc.core5.util.Timeout;

/**
 * The clients one contract test made on Apache HttpClient, and their pools: sivi4j's own (seen through
 * the component) and those of clients built the way a user would, which sivi4j never closes.
 */
final class ApacheClientsUnderTest implements ProxyContract.ProxiedTransport {
  private final List<Supplier<PoolStats>> pools = new ArrayList<>();
  private final List<CloseableHttpClient> userClients = new ArrayList<>();

  /** A client on a pool sivi4j creates. */
  @Override
  public SiviClient newClient(SiviConfig config) {
    HttpClientComponent component = TestClients.component(config);
    pools.add(() -> component.transport().poolStats().orElseThrow());
    return component.client();
  }

  /**
   * A client on the user's HttpClient, trusting only {@code trustStore}, hostname verification on, its
   * pool on {@link SiviHttpClient#quietConnections()}.
   */
  @Override
  public SiviClient newClientTrusting(SiviConfig config, KeyStore trustStore) {
    PoolingHttpClientConnectionManager pool =
        PoolingHttpClientConnectionManagerBuilder.create()
            // As SiviHttpClient.quietConnections() tells users: HttpClient's default connections would
            // print the key header at DEBUG.
            .setConnectionFactory(SiviHttpClient.quietConnections())
            .setTlsSocketStrategy(new DefaultClientTlsStrategy(TransportUnderTest.sslContextTrusting(trustStore)))
            .setDefaultConnectionConfig(
                ConnectionConfig.custom().setConnectTimeout(Timeout.of(config.timeouts().connect())).build())
            .build();
    CloseableHttpClient userClient =
        HttpClients.custom()
            .setConnectionManager(pool)
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .build();
    pools.add(pool::getTotalStats);
    userClients.add(userClient);
    return SiviHttpClient.builder(config).httpClient(userClient).build();
  }

  /** A client on the pool sivi4j creates, its proxy settings applied, trusting only {@code trustStore}. */
  @Override
  public SiviClient newProxiedClientTrusting(SiviConfig config, KeyStore trustStore) {
    ApacheHttpTransport transport = TrustingTransports.create(config, TransportUnderTest.sslContextTrusting(trustStore));
    pools.add(() -> transport.poolStats().orElseThrow());
    return SiviClients.blocking(config, transport, GsonSiviCodec.create());
  }

  /**
   * Fails unless every pool has no leased connection and no waiting lease, allowing a moment for an
   * aborted exchange to finish releasing; then closes the user's clients, which sivi4j leaves open.
   */
  @Override
  public void assertNoConnectionLeaks() throws InterruptedException {
    try {
      for (Supplier<PoolStats> pool : pools) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (busy(pool.get()) && System.nanoTime() < deadline) {
          Thread.sleep(5);
        }
        PoolStats stats = pool.get();
        assertThat(stats.getLeased()).as("leased connections in %s", stats).isZero();
        assertThat(stats.getPending()).as("waiting leases in %s", stats).isZero();
      }
    } finally {
      for (CloseableHttpClient client : userClients) {
        client.close(CloseMode.IMMEDIATE);
      }
      userClients.clear();
      pools.clear();
    }
  }

  private static boolean busy(PoolStats stats) {
    return stats.getLeased() > 0 || stats.getPending() > 0;
  }

}
