package dev.sivi4j.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.KeyKind;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.error.SiviTransportException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.UnexpectedStatusException;
import dev.sivi4j.testkit.internal.http.HttpRequestData;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;

/**
 * Faults F16, F17 and F20 of the fault catalogue: TLS that must not be trusted, a name that does not
 * resolve, and a redirect to another origin. None is retried; a TLS failure never falls back to
 * trusting everything or to plaintext, and the key never follows a redirect.
 *
 * <p>Its TLS cells use {@link TransportUnderTest#newClientTrusting}: a client that trusts the test's own
 * certificate authority, built the way a user would bring their own HTTP client.
 */
public abstract class TlsAndRoutingFaultsContract extends TransportContract {
  private static final Certificates.Issued AUTHORITY = Certificates.authority("sivi4j contract test CA");
  private static final KeyStore TRUSTED = Certificates.trustStore(AUTHORITY.certificate());

  /**
   * For subclasses.
   *
   * @param transport the transport under test, fresh for this test
   */
  protected TlsAndRoutingFaultsContract(TransportUnderTest transport) {
    super(transport);
  }

  private SiviClient trustingClient(URI baseUrl) {
    SiviConfig config = config(baseUrl, KeyKind.SUPER_USER).build();
    SiviClient client = track(newClientTrusting(config, TRUSTED));
    Canary.scanToString(client);
    return client;
  }

  private static RawServer tlsServer(Certificates.Issued leaf, X509Certificate... chain) {
    SSLContext context = Certificates.serverContext(leaf, chain);
    return RawServer.tls(context, (socket, server) -> {
      ((SSLSocket) socket).startHandshake();
      RawServer.answerOk(socket, server);
    });
  }

  /** Asserts a TLS failure on the first attempt, with the one connection made and no request read. */
  private static void assertTlsFailure(Outcome<?> outcome, RawServer server) {
    SiviTransportException error = failure(outcome, SiviTransportException.class, RELAXED);
    assertThat(error.kind()).as("kind of %s", describe(error)).isEqualTo(TransportErrorKind.TLS_FAILED);
    assertThat(error.attempts()).isEqualTo(1);
    assertThat(server.connections()).as("connections (one per attempt)").isEqualTo(1);
    assertThat(server.requests()).as("requests read after a handshake").isZero();
  }

  @Test
  void f16TrustedCertificateForTheHostIsAccepted() {
    Instant now = Instant.now();
    RawServer server = track(tlsServer(Certificates.loopbackLeaf(AUTHORITY, now.minusSeconds(3600), now.plusSeconds(3600)),
        AUTHORITY.certificate()));
    SiviClient sivi = trustingClient(server.baseUri());

    success(run(() -> sivi.deleteUser(USER)), RELAXED);

    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void f16UntrustedSelfSignedCertificateFailsWithoutRetry() {
    RawServer server = track(tlsServer(Certificates.selfSignedForLoopback()));
    SiviClient sivi = client(config(server.baseUri(), KeyKind.SUPER_USER).build());

    assertTlsFailure(run(() -> sivi.deleteUser(USER)), server);
  }

  @Test
  void f16CertificateForAnotherHostFailsWithoutRetry() {
    RawServer server = track(tlsServer(Certificates.leafFor(AUTHORITY, "example.test"), AUTHORITY.certificate()));
    SiviClient sivi = trustingClient(server.baseUri());

    assertTlsFailure(run(() -> sivi.deleteUser(USER)), server);
  }

  @Test
  void f16ExpiredCertificateFailsWithoutRetry() {
    Instant now = Instant.now();
    RawServer server = track(tlsServer(Certificates.loopbackLeaf(AUTHORITY, now.minusSeconds(3 * 86_400), now.minusSeconds(86_400)),
        AUTHORITY.certificate()));
    SiviClient sivi = trustingClient(server.baseUri());

    assertTlsFailure(run(() -> sivi.deleteUser(USER)), server);
  }

  @Test
  void f16PlainHttpOnTheTlsPortFailsWithoutFallingBackToPlaintext() {
    RawServer server = track(RawServer.plain(TlsAndRoutingFaultsContract::answerPlainBadRequest));
    URI https = URI.create(server.baseUri().toString().replaceFirst("^http:", "https:"));
    SiviClient sivi = trustingClient(https);

    assertTlsFailure(run(() -> sivi.deleteUser(USER)), server);
  }

  @Test
  void f17UnresolvableHostIsAnUnknownHostNotRetried() {
    SiviClient sivi = client(config(URI.create("https://api.sivi.invalid/api/prod/v2"), KeyKind.SUPER_USER).build());

    SiviTransportException error = failure(run(() -> sivi.deleteUser(USER)), SiviTransportException.class, RELAXED);

    assertThat(error.kind()).as("kind of %s", describe(error)).isEqualTo(TransportErrorKind.UNKNOWN_HOST);
    assertThat(error.attempts()).isEqualTo(1);
  }

  @Test
  void f20CrossOriginRedirectsAreNotFollowedAndTheKeyStaysHome() {
    for (int status : new int[] {301, 302, 307, 308}) {
      ScriptedSivi elsewhere = scripted(ScriptedSivi.error(200, "Done"));
      URI target = URI.create(elsewhere.baseUri() + "/super/delete-user");
      ScriptedSivi origin = scripted(ScriptedSivi.redirect(status, target));
      SiviClient sivi = client(config(origin.baseUri(), KeyKind.SUPER_USER).build());

      UnexpectedStatusException error = failure(run(() -> sivi.deleteUser(USER)), UnexpectedStatusException.class, RELAXED);

      assertThat(error.statusCode()).isEqualTo(status);
      assertThat(error.attempts()).isEqualTo(1);
      assertThat(origin.requests()).as("requests to the origin for %d", status).hasSize(1);
      assertThat(elsewhere.requests()).as("requests to the other origin for %d", status).isEmpty();
      assertThat(elsewhere.requests()).extracting(HttpRequestData::headers).noneMatch(h -> h.containsKey("sivi-api-key"));
    }
  }

  /** Reads what a TLS client sends first, answers it as plain HTTP would, and closes. */
  private static void answerPlainBadRequest(Socket socket, RawServer server) throws IOException {
    byte[] hello = new byte[512];
    if (socket.getInputStream().read(hello) < 0) {
      return;
    }
    OutputStream out = socket.getOutputStream();
    out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }
}
