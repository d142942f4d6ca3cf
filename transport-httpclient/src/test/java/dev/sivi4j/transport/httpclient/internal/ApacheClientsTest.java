package dev.sivi4j.transport.httpclient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import dev.sivi4j.spi.TransportRequest;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.Test;

class ApacheClientsTest {
  private static final URI BASE = URI.create("http://127.0.0.1:9");

  private static SiviConfig config() {
    return ApacheHttpTransportTest.config(BASE, 64).toBuilder()
        .timeouts(new Timeouts(Duration.ofSeconds(3), Duration.ofSeconds(4), Duration.ofSeconds(20), Duration.ofSeconds(30)))
        .build();
  }

  @Test
  void sizesThePoolPerRouteLikeInTotal() {
    try (PoolingHttpClientConnectionManager pool = ApacheClients.pool(config())) {
      assertThat(pool.getMaxTotal()).isEqualTo(64);
      assertThat(pool.getDefaultMaxPerRoute()).isEqualTo(64);
    }
  }

  @Test
  void turnsOffRedirectsAndDecompressionAndTakesThePoolAcquireTimeout() {
    RequestConfig defaults = ApacheClients.requestDefaults(config());

    assertThat(defaults.isRedirectsEnabled()).isFalse();
    assertThat(defaults.isContentCompressionEnabled()).isFalse();
    assertThat(defaults.getConnectionRequestTimeout()).isEqualTo(Timeout.ofSeconds(4));
    assertThat(defaults.getResponseTimeout()).isEqualTo(Timeout.ofSeconds(20));
  }

  @Test
  void givesEachAttemptItsOwnResponseTimeoutAndMarksTheKeySensitive() {
    TransportRequest request = ApacheHttpTransportTest.request(BASE, Duration.ofMillis(1500), 1024);

    HttpPost post = ApacheClients.post(request, ApacheClients.requestDefaults(config()));

    assertThat(post.getConfig().getResponseTimeout()).isEqualTo(Timeout.ofMilliseconds(1500));
    assertThat(post.getConfig().isRedirectsEnabled()).isFalse();
    assertThat(post.getFirstHeader("sivi-api-key").isSensitive()).isTrue();
    assertThat(post.getFirstHeader("User-Agent").isSensitive()).isFalse();
    assertThat(post.getHeaders("Content-Type")).hasSize(1);
  }

  @Test
  void reusesTheDefaultsWhenTheAttemptHasTheFullPerAttemptTimeout() {
    RequestConfig defaults = ApacheClients.requestDefaults(config());
    TransportRequest request = ApacheHttpTransportTest.request(BASE, Duration.ofSeconds(20), 1024);

    HttpPost post = ApacheClients.post(request, defaults);

    assertThat(post.getConfig()).isSameAs(defaults);
  }

  @Test
  void neverTurnsAShortTimeoutIntoNone() {
    assertThat(ApacheClients.timeout(Duration.ZERO).toMilliseconds()).isEqualTo(1);
    assertThat(ApacheClients.timeout(Duration.ofNanos(300)).toMilliseconds()).isEqualTo(1);
    assertThat(ApacheClients.timeout(Duration.ofMillis(1).plusNanos(1)).toMilliseconds()).isEqualTo(2);
    assertThat(ApacheClients.timeout(Duration.ofSeconds(2)).convert(TimeUnit.MILLISECONDS)).isEqualTo(2000);
  }
}
