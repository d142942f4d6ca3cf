package dev.sivi4j.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.testkit.tck.ProxyContract;
import dev.sivi4j.testkit.tck.BlockingView;
import io.vertx.core.Vertx;
import io.vertx.core.net.TrustOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.TrustManagerFactory;

/**
 * The Vert.x clients one contract test made, seen by the blocking contracts through {@link
 * BlockingView} (which waits on the JUnit thread, never on an event loop), and the Web Clients built the
 * way a user would, which sivi4j never closes.
 */
final class VertxClientsUnderTest implements ProxyContract.ProxiedTransport {
  private final Vertx vertx;
  private final List<VertxSiviClient> clients = new ArrayList<>();
  private final List<WebClient> userClients = new ArrayList<>();

  VertxClientsUnderTest(Vertx vertx) {
    this.vertx = vertx;
  }

  /** The client itself, for tests that use its async API. */
  VertxSiviClient vertxClient(SiviConfig config) {
    VertxSiviClient client = SiviVertx.create(vertx, config);
    clients.add(client);
    return client;
  }

  /** A client on a Web Client sivi4j creates, seen as blocking. */
  @Override
  public SiviClient newClient(SiviConfig config) {
    return BlockingView.of(vertxClient(config).asAsyncClient());
  }

  /** A client on the user's Web Client, trusting only {@code trustStore}, host names verified. */
  @Override
  public SiviClient newClientTrusting(SiviConfig config, KeyStore trustStore) {
    WebClient userClient =
        WebClient.create(
            vertx,
            new WebClientOptions()
                .setTrustOptions(TrustOptions.wrap(trustManagers(trustStore)))
                .setVerifyHost(true)
                .setFollowRedirects(false)
                .setConnectTimeout((int) config.timeouts().connect().toMillis()));
    userClients.add(userClient);
    VertxSiviClient client = SiviVertx.builder(vertx, config).webClient(userClient).build();
    clients.add(client);
    return BlockingView.of(client.asAsyncClient());
  }

  /** A client on a Web Client trusting only {@code trustStore}; sivi4j sets its proxy on each request. */
  @Override
  public SiviClient newProxiedClientTrusting(SiviConfig config, KeyStore trustStore) {
    return newClientTrusting(config, trustStore);
  }

  /**
   * Fails unless no client has a request in flight, allowing a moment for an aborted request's
   * connection to be reset; then closes the user's Web Clients.
   */
  @Override
  public void assertNoConnectionLeaks() throws InterruptedException {
    try {
      for (VertxSiviClient client : clients) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (client.inFlight() > 0 && System.nanoTime() < deadline) {
          Thread.sleep(5);
        }
        assertThat(client.inFlight()).as("requests in flight").isZero();
      }
    } finally {
      userClients.forEach(WebClient::close);
      userClients.clear();
      clients.clear();
    }
  }

  private static TrustManagerFactory trustManagers(KeyStore trustStore) {
    try {
      TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trustStore);
      return factory;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
