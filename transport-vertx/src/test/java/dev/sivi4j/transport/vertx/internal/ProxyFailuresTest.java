package dev.sivi4j.transport.vertx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.ProxySettings;
import dev.sivi4j.Timeouts;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import io.vertx.core.VertxException;
import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.ProxyType;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class ProxyFailuresTest {
  private static final ProxySettings PROXY = ProxySettings.of("127.0.0.1", 3128);

  /** Netty's proxy handler reports a refused CONNECT as a ConnectException of this simple name. */
  static final class ProxyConnectException extends ConnectException {
    private static final long serialVersionUID = 1L;

    ProxyConnectException(String message) {
      super(message);
    }
  }

  @Test
  void aConnectRefusedWith407IsProxyRefusedNamingTheProxy() {
    Throwable netty = new VertxException(new ProxyConnectException(
        "http, basic, /127.0.0.1:3128 => 127.0.0.1:443, status: 407 Proxy Authentication Required"));

    TransportException failure = IoFailures.classify(netty, PROXY);

    assertThat(failure.kind()).isEqualTo(TransportErrorKind.PROXY_REFUSED);
    assertThat(failure.getMessage()).contains("proxy 127.0.0.1:3128", "407", "no proxy credentials are configured");
  }

  @Test
  void aConnectTheProxyCouldNotCarryOutStaysARetryableConnectFailure() {
    Throwable netty = new ProxyConnectException("http, none, /127.0.0.1:3128 => 127.0.0.1:443, status: 502 Bad Gateway");

    assertThat(IoFailures.classify(netty, PROXY).kind()).isEqualTo(TransportErrorKind.CONNECT_FAILED);
  }

  @Test
  void wrongCredentialsAreRefusedWithoutQuotingThem() {
    ProxySettings withCredentials = PROXY.withCredentials("svc", "secret-proxy-password");

    TransportException failure = IoFailures.proxyRefused(withCredentials, 407, null);

    assertThat(failure.getMessage()).contains("the proxy credentials were refused").doesNotContain("secret-proxy-password");
  }

  @Test
  void proxyOptionsCarryTheCredentialsAndTheConnectTimeout() {
    ProxyOptions options = WebClientFactory.proxyOptions(PROXY.withCredentials("svc", "pw-123456"), Timeouts.defaults());

    assertThat(options.getType()).isEqualTo(ProxyType.HTTP);
    assertThat(options.getHost()).isEqualTo("127.0.0.1");
    assertThat(options.getPort()).isEqualTo(3128);
    assertThat(options.getUsername()).isEqualTo("svc");
    assertThat(options.getPassword()).isEqualTo("pw-123456");
    assertThat(options.getConnectTimeout()).isEqualTo(Timeouts.defaults().connect());
  }
}
