package dev.sivi4j.examples.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.ApiKey;
import dev.sivi4j.KeyKind;
import dev.sivi4j.ProxySettings;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import dev.sivi4j.spi.TransportRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the TCK does not ask of the example transport: its refusals. */
class JdkHttpTransportTest {
  private static final SiviConfig CONFIG =
      SiviConfig.builder().apiKey(ApiKey.of(KeyKind.SUPER_USER, "example-key")).baseUrl(URI.create("http://127.0.0.1:1/api")).build();

  @Test
  void refusesAConfigurationThatNamesAProxy() {
    SiviConfig proxied = CONFIG.toBuilder().proxy(ProxySettings.of("127.0.0.1", 3128)).build();

    assertThatThrownBy(() -> JdkHttpTransport.create(proxied))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no proxy support");
  }

  @Test
  void refusesToSendOnceClosedWithoutConnecting() {
    JdkHttpTransport transport = JdkHttpTransport.create(CONFIG);
    transport.close();
    TransportRequest request = new TransportRequest(
        Operation.DELETE_USER, 1, URI.create("http://127.0.0.1:1/api/super/delete-user"), List.of(), new byte[0],
        Duration.ofSeconds(1), 1024);

    assertThatThrownBy(() -> transport.send(request))
        .isInstanceOfSatisfying(TransportException.class,
            e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.CLIENT_CLOSED));
    assertThat(transport.requestsInFlight()).isZero();
  }
}
