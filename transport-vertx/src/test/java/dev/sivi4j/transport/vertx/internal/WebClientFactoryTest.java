package dev.sivi4j.transport.vertx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.ApiKey;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebClientFactoryTest {
  @Test
  void staleConnectionsAreClosedByThePoolNotByAnIdleTimerOnEveryConnection() {
    SiviConfig config =
        SiviConfig.builder()
            .apiKey(ApiKey.enterpriseAdmin("factory-test-key"))
            .timeouts(Timeouts.defaults().withWholeCall(Duration.ofMillis(12_300)))
            .build();

    WebClientOptions options = WebClientFactory.options(config);

    assertThat(options.getKeepAliveTimeout()).isEqualTo(13);
    assertThat(options.getIdleTimeout()).isZero();
  }

  @Test
  void hostNamesAreVerifiedAndNothingIsTrustedBlindlyWithoutSslOptionsOfItsOwn() {
    WebClientOptions options = WebClientFactory.options(SiviConfig.builder().apiKey(ApiKey.enterpriseAdmin("k")).build());

    // No SSL options of its own: Vert.x would hash them into the pool key of every request.
    assertThat(options.getSslOptions()).isNull();
    assertThat(options.isVerifyHost()).isTrue();
    assertThat(options.isTrustAll()).isFalse();
  }

  @Test
  void keepAliveTimeoutRoundsUpToWholeSecondsOfAtLeastOne() {
    assertThat(WebClientFactory.keepAliveSeconds(Duration.ofMillis(1))).isEqualTo(1);
    assertThat(WebClientFactory.keepAliveSeconds(Duration.ofSeconds(30))).isEqualTo(30);
    assertThat(WebClientFactory.keepAliveSeconds(Duration.ofMillis(30_001))).isEqualTo(31);
  }
}
