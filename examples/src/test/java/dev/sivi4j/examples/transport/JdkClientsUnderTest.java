package dev.sivi4j.examples.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviClients;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.json.gson.GsonSiviCodec;
import dev.sivi4j.testkit.tck.TransportUnderTest;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The example transport as the TCK sees it: each client is assembled through the public seam, {@link
 * SiviClients}, and the leak check waits for every request the transports handed to the JDK client to end.
 */
final class JdkClientsUnderTest implements TransportUnderTest {
  private final List<JdkHttpTransport> transports = new ArrayList<>();

  @Override
  public SiviClient newClient(SiviConfig config) {
    return assemble(config, JdkHttpTransport.create(config));
  }

  @Override
  public SiviClient newClientTrusting(SiviConfig config, KeyStore trustStore) {
    return assemble(config, JdkHttpTransport.create(config, TransportUnderTest.sslContextTrusting(trustStore)));
  }

  private SiviClient assemble(SiviConfig config, JdkHttpTransport transport) {
    transports.add(transport);
    return SiviClients.blocking(config, transport, GsonSiviCodec.create());
  }

  /** Fails unless every transport's requests have ended, allowing a moment for a cancelled one. */
  @Override
  public void assertNoConnectionLeaks() throws InterruptedException {
    for (JdkHttpTransport transport : transports) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
      while (transport.requestsInFlight() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(transport.requestsInFlight()).as("requests in flight on %s", transport).isZero();
    }
    transports.clear();
  }

}
