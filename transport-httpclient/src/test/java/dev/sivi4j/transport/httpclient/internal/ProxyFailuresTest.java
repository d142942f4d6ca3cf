package dev.sivi4j.transport.httpclient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.ApiKey;
import dev.sivi4j.ProxySettings;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import dev.sivi4j.spi.TransportRequest;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProxyFailuresTest {
  private static final TransportRequest REQUEST =
      ApacheHttpTransportTest.request(URI.create("https://127.0.0.1:9"), Duration.ofMillis(250), 1024);
  private static final ProxySettings PROXY = ProxySettings.of("127.0.0.1", 3128);

  @Test
  void a407NamesTheProxyAndIsProxyRefused() {
    TransportException failure = IoFailures.tunnelRefused(REQUEST, PROXY, 407);

    assertThat(failure.kind()).isEqualTo(TransportErrorKind.PROXY_REFUSED);
    assertThat(failure.getMessage()).contains("the proxy 127.0.0.1:3128", "407", "ProxySettings.withCredentials");
  }

  @Test
  void aRefusedTunnelWithOtherCredentialsSaysTheyWereRefused() {
    TransportException failure = IoFailures.tunnelRefused(REQUEST, PROXY.withCredentials("svc", "pw-7e1c0a99"), 401);

    assertThat(failure.kind()).isEqualTo(TransportErrorKind.PROXY_REFUSED);
    assertThat(failure.getMessage()).contains("credentials were refused").doesNotContain("pw-7e1c0a99");
  }

  @Test
  void aTunnelTheProxyCouldNotOpenIsARetryableConnectFailure() {
    assertThat(IoFailures.tunnelRefused(REQUEST, PROXY, 502).kind()).isEqualTo(TransportErrorKind.CONNECT_FAILED);
  }

  @Test
  void aUsersClientsProxyIsNamedGenerically() {
    assertThat(IoFailures.proxyRefused(REQUEST, null).getMessage()).contains("the HTTP client's proxy answered 407");
  }

  @Test
  void authenticationIsOnOnlyForProxyCredentials() {
    SiviConfig plain = SiviConfig.builder().apiKey(ApiKey.superUser("k-123456789")).build();
    SiviConfig proxied = plain.toBuilder().proxy(PROXY).build();
    SiviConfig authenticated = plain.toBuilder().proxy(PROXY.withCredentials("svc", "pw-7e1c0a99")).build();

    assertThat(ApacheClients.requestDefaults(plain).isAuthenticationEnabled()).isFalse();
    assertThat(ApacheClients.requestDefaults(proxied).isAuthenticationEnabled()).isFalse();
    assertThat(ApacheClients.requestDefaults(authenticated).isAuthenticationEnabled()).isTrue();
  }
}
