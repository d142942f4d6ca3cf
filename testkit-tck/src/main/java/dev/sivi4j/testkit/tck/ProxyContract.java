package dev.sivi4j.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.KeyKind;
import dev.sivi4j.ProxySettings;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.error.SiviTransportException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.testkit.FakeSiviServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calls through a real HTTP proxy on loopback ({@code tinyproxy}): plain {@code http} as proxied
 * requests, {@code https} through a {@code CONNECT} tunnel to a TLS server the proxy cannot read, Basic
 * proxy authentication, the no-proxy list, and a proxy's refusal of the tunnel ({@code 407}, or
 * tinyproxy's {@code 401} for wrong credentials) as a typed failure that names the proxy and is never
 * retried. The canary key and the proxy password must appear in no log line,
 * exception or {@code toString}, nor in the proxy's own log.
 *
 * <p>Its TLS tests use {@link ProxiedTransport#newProxiedClientTrusting}: a client that sivi4j creates from the
 * configuration, its proxy settings applied by sivi4j, trusting only the test's certificate authority.
 */
public abstract class ProxyContract extends TransportContract {
  /** The proxy user of the tests that authenticate. */
  static final String PROXY_USER = "sivi4j-proxy-user";

  private static final Certificates.Issued AUTHORITY = Certificates.authority("sivi4j proxy test CA");
  private static final KeyStore TRUSTED = Certificates.trustStore(AUTHORITY.certificate());

  private final ProxiedTransport proxied;
  private int leaksBefore;
  private AutoCloseable julCapture = () -> {};

  /** A transport under test that can also build its own client on a test's trust store. */
  public interface ProxiedTransport extends TransportUnderTest {
    /**
     * A client configured from {@code config}, its proxy settings applied by sivi4j, trusting exactly
     * the certificates in {@code trustStore} (hostname verification on). The contract closes it after
     * the test; its connections count for {@link #assertNoConnectionLeaks()}.
     *
     * @param config the configuration
     * @param trustStore the trust store
     * @return the client
     */
    SiviClient newProxiedClientTrusting(SiviConfig config, KeyStore trustStore);
  }

  /**
   * For subclasses.
   *
   * @param transport the transport under test, fresh for this test
   */
  protected ProxyContract(ProxiedTransport transport) {
    super(transport);
    this.proxied = transport;
  }

  @BeforeEach
  void watchTheProxyPassword() {
    leaksBefore = Canary.leaks().size();
    julCapture = Canary.captureJulLogs();
  }

  @AfterEach
  void noSecretLeaked() throws Exception {
    julCapture.close();
    List<String> leaks = Canary.leaks();
    assertThat(leaks.subList(leaksBefore, leaks.size())).as("secrets in logs, exceptions or toStrings").isEmpty();
  }

  private Tinyproxy proxy() {
    return track(Tinyproxy.start());
  }

  private Tinyproxy authenticatingProxy() {
    return track(Tinyproxy.start(PROXY_USER, Canary.PROXY_PASSWORD));
  }

  private static ProxySettings via(Tinyproxy proxy) {
    return ProxySettings.of("127.0.0.1", proxy.port());
  }

  private RawServer tlsServer() {
    Instant now = Instant.now();
    return track(RawServer.tls(
        Certificates.serverContext(Certificates.loopbackLeaf(AUTHORITY, now.minusSeconds(3600), now.plusSeconds(3600)),
            AUTHORITY.certificate()),
        (socket, server) -> {
          ((SSLSocket) socket).startHandshake();
          RawServer.answerOk(socket, server);
        }));
  }

  private SiviClient proxiedTlsClient(URI baseUrl, ProxySettings proxy) {
    SiviConfig config = config(baseUrl, KeyKind.SUPER_USER).proxy(proxy).build();
    Canary.scanToString(config);
    SiviClient client = track(proxied.newProxiedClientTrusting(config, TRUSTED));
    Canary.scanToString(client);
    return client;
  }

  private SiviClient proxiedFakeClient(FakeSiviServer server, ProxySettings proxy) {
    canaryAccount(server.fake(), KeyKind.SUPER_USER);
    return client(config(server.baseUri(), KeyKind.SUPER_USER).proxy(proxy).build());
  }

  /** Scans the proxy's log for secrets: it must never see the key of a tunnelled call, nor log a password. */
  private static void scanProxyLog(Tinyproxy proxy) {
    Canary.scan("tinyproxy log", proxy.log());
  }

  @Test
  void plainHttpIsSentToTheProxy() {
    FakeSiviServer server = fakeServer();
    Tinyproxy proxy = proxy();
    SiviClient sivi = proxiedFakeClient(server, via(proxy));

    success(call(() -> sivi.loginUser(LoginUserRequest.of(USER))), RELAXED);

    assertThat(proxy.requests()).singleElement().asString().startsWith("POST " + server.baseUri());
    assertThat(requestsSeen(server)).isEqualTo(1);
  }

  @Test
  void httpsGoesThroughAConnectTunnelTheProxyCannotRead() {
    RawServer server = tlsServer();
    Tinyproxy proxy = proxy();
    SiviClient sivi = proxiedTlsClient(server.baseUri(), via(proxy));

    success(run(() -> sivi.deleteUser(USER)), RELAXED);

    assertThat(server.requests()).isEqualTo(1);
    assertThat(proxy.requests()).singleElement().asString()
        .startsWith("CONNECT " + server.baseUri().getHost() + ":" + server.baseUri().getPort());
    scanProxyLog(proxy);
  }

  @Test
  void proxyCredentialsAnswerBasicAuthenticationOverPlainHttp() {
    FakeSiviServer server = fakeServer();
    Tinyproxy proxy = authenticatingProxy();
    SiviClient sivi = proxiedFakeClient(server, via(proxy).withCredentials(PROXY_USER, Canary.PROXY_PASSWORD));

    success(call(() -> sivi.loginUser(LoginUserRequest.of(USER))), RELAXED);

    assertThat(requestsSeen(server)).isEqualTo(1);
    scanProxyLog(proxy);
  }

  @Test
  void proxyCredentialsAnswerBasicAuthenticationOnConnect() {
    RawServer server = tlsServer();
    Tinyproxy proxy = authenticatingProxy();
    SiviClient sivi = proxiedTlsClient(server.baseUri(), via(proxy).withCredentials(PROXY_USER, Canary.PROXY_PASSWORD));

    success(run(() -> sivi.deleteUser(USER)), RELAXED);

    assertThat(server.requests()).isEqualTo(1);
    scanProxyLog(proxy);
  }

  @Test
  void aConnectRefusedWith407IsATypedFailureNamingTheProxyAndNotRetried() {
    RawServer server = tlsServer();
    Tinyproxy proxy = authenticatingProxy();
    SiviClient sivi = proxiedTlsClient(server.baseUri(), via(proxy));

    SiviTransportException error = failure(run(() -> sivi.deleteUser(USER)), SiviTransportException.class, RELAXED);

    assertProxyRefused(error, proxy);
    assertThat(proxy.requests()).as("CONNECT requests").hasSize(1);
    assertThat(server.connections()).isZero();
  }

  @Test
  void wrongProxyCredentialsAreRefusedWithoutQuotingThem() {
    String wrong = "wrong-proxy-password-4d1e";
    Canary.watch(wrong);
    RawServer server = tlsServer();
    Tinyproxy proxy = authenticatingProxy();
    SiviClient sivi = proxiedTlsClient(server.baseUri(), via(proxy).withCredentials(PROXY_USER, wrong));

    SiviTransportException error = failure(run(() -> sivi.deleteUser(USER)), SiviTransportException.class, RELAXED);

    assertProxyRefused(error, proxy);
    String basic = Base64.getEncoder().encodeToString((PROXY_USER + ":" + wrong).getBytes(StandardCharsets.UTF_8));
    assertThat(describe(error)).doesNotContain(wrong, basic);
    assertThat(server.connections()).isZero();
    scanProxyLog(proxy);
  }

  @Test
  void hostsOnTheNoProxyListAreReachedDirectly() {
    FakeSiviServer server = fakeServer();
    Tinyproxy proxy = proxy();
    SiviClient sivi = proxiedFakeClient(server, via(proxy).withNoProxy(List.of("127.*", "localhost")));

    success(call(() -> sivi.loginUser(LoginUserRequest.of(USER))), RELAXED);

    assertThat(proxy.requests()).isEmpty();
    assertThat(requestsSeen(server)).isEqualTo(1);
  }

  private static void assertProxyRefused(SiviTransportException error, Tinyproxy proxy) {
    assertThat(error.kind()).as("kind of %s", describe(error)).isEqualTo(TransportErrorKind.PROXY_REFUSED);
    assertThat(error.attempts()).as("attempts (a 407 is never retried)").isEqualTo(1);
    assertThat(error.getMessage()).contains("proxy 127.0.0.1:" + proxy.port());
    assertNoCanary(error);
  }
}
