package dev.sivi4j.testkit.tck;

import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The transport a contract runs against: how to make its clients and how to see that they released
 * everything. Implement it once per transport and hand a fresh instance to each contract, for example
 * {@code class Operations extends OperationsContract { Operations() { super(new MyTransport()); } }}.
 * A contract makes one instance per test and calls {@link #assertNoConnectionLeaks()} after it.
 */
public interface TransportUnderTest {
  /**
   * A client of the transport. The contract closes it after the test.
   *
   * @param config the configuration to honour: base URL, key, timeouts, retries, cap and pool size
   * @return the client
   */
  SiviClient newClient(SiviConfig config);

  /**
   * A client that trusts exactly the certificates in {@code trustStore}, with hostname verification
   * on, built the way a user would bring their own HTTP client, and otherwise configured from {@code
   * config}. The contract closes it after the test; its connections count for {@link
   * #assertNoConnectionLeaks()}.
   *
   * @param config the configuration
   * @param trustStore the trust store
   * @return the client
   */
  SiviClient newClientTrusting(SiviConfig config, KeyStore trustStore);

  /**
   * Fails if any client made in this test still holds a connection or has a request in flight. Called
   * after each test, before the contract closes the clients; it may wait briefly for a release that
   * happens asynchronously, and may then close what the user would own (their own HTTP clients).
   *
   * @throws Exception if the check cannot be made (an assertion failure is an {@link AssertionError})
   */
  void assertNoConnectionLeaks() throws Exception;

  /**
   * A TLS context that trusts exactly the certificates in {@code trustStore}: what most implementations
   * of {@link #newClientTrusting} hand their HTTP client.
   *
   * @param trustStore the certificates to trust
   * @return the context
   * @throws IllegalStateException if the JDK cannot build a TLS context from the store
   */
  static SSLContext sslContextTrusting(KeyStore trustStore) {
    try {
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trustStore);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build a TLS context trusting the given store", e);
    }
  }
}
