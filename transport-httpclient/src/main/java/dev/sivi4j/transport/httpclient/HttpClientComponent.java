package dev.sivi4j.transport.httpclient;

import dagger.BindsInstance;
import dagger.Component;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.spi.SiviCodec;
import dev.sivi4j.transport.httpclient.internal.ApacheHttpTransport;
import dev.sivi4j.transport.httpclient.internal.HttpClientTransportModule;
import dev.sivi4j.transport.httpclient.internal.UserSupplied;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The composition root of the blocking client, one graph per client. A part the user may or may not
 * bring (their HTTP client, their codec) is bound as an {@code Optional} instance: the same idiom as the
 * Vert.x client's component. An abstract class, so that its factory stays package-private.
 */
@Singleton
@Component(modules = HttpClientTransportModule.class)
abstract class HttpClientComponent {
  /** The client, assembled through {@code SiviClients}. */
  abstract SiviClient client();

  /** The client's transport, for its pool statistics in tests. */
  abstract ApacheHttpTransport transport();

  static HttpClientComponent create(
      SiviConfig config, Optional<CloseableHttpClient> httpClient, Optional<SiviCodec> codec) {
    return DaggerHttpClientComponent.factory().create(config, httpClient, codec);
  }

  @Component.Factory
  interface Factory {
    HttpClientComponent create(
        @BindsInstance SiviConfig config,
        @BindsInstance @UserSupplied Optional<CloseableHttpClient> httpClient,
        @BindsInstance @UserSupplied Optional<SiviCodec> codec);
  }
}
