package dev.sivi4j.transport.httpclient;

import dagger.BindsInstance;
import dagger.Component;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.internal.di.PipelineModule;
import dev.sivi4j.spi.SiviCodec;
import dev.sivi4j.transport.httpclient.internal.ApacheHttpTransport;
import dev.sivi4j.transport.httpclient.internal.HttpClientTransportModule;
import dev.sivi4j.transport.httpclient.internal.UserSupplied;
import jakarta.inject.Singleton;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The composition root of the blocking client, one graph per client.
 *
 * <p>Dagger settles at compile time whether a binding exists, and it does not read JSpecify's
 * {@code @Nullable}, so a part the user may or may not bring cannot be one nullable instance. Instead
 * each combination of parts (their HTTP client, their codec) has a small component over the same
 * modules, and {@code @BindsOptionalOf} in the transport module makes each part an {@code Optional}
 * that is present exactly when that component binds it.
 */
abstract class HttpClientComponent {
  abstract SiviClient client();

  /** The client's transport, for its pool statistics in tests. */
  abstract ApacheHttpTransport transport();

  static HttpClientComponent create(
      SiviConfig config, @Nullable CloseableHttpClient httpClient, @Nullable SiviCodec codec) {
    if (httpClient != null && codec != null) {
      return DaggerHttpClientComponent_UserClientAndCodec.factory().create(config, httpClient, codec);
    }
    if (httpClient != null) {
      return DaggerHttpClientComponent_UserClient.factory().create(config, httpClient);
    }
    if (codec != null) {
      return DaggerHttpClientComponent_UserCodec.factory().create(config, codec);
    }
    return DaggerHttpClientComponent_Defaults.factory().create(config);
  }

  /** sivi4j creates the HTTP client and uses the default codec. */
  @Singleton
  @Component(modules = {PipelineModule.class, HttpClientTransportModule.class})
  abstract static class Defaults extends HttpClientComponent {
    @Component.Factory
    interface Factory {
      Defaults create(@BindsInstance SiviConfig config);
    }
  }

  /** The user's HTTP client, the default codec. */
  @Singleton
  @Component(modules = {PipelineModule.class, HttpClientTransportModule.class})
  abstract static class UserClient extends HttpClientComponent {
    @Component.Factory
    interface Factory {
      UserClient create(
          @BindsInstance SiviConfig config, @BindsInstance @UserSupplied CloseableHttpClient httpClient);
    }
  }

  /** sivi4j's HTTP client, the user's codec. */
  @Singleton
  @Component(modules = {PipelineModule.class, HttpClientTransportModule.class})
  abstract static class UserCodec extends HttpClientComponent {
    @Component.Factory
    interface Factory {
      UserCodec create(@BindsInstance SiviConfig config, @BindsInstance @UserSupplied SiviCodec codec);
    }
  }

  /** The user's HTTP client and codec. */
  @Singleton
  @Component(modules = {PipelineModule.class, HttpClientTransportModule.class})
  abstract static class UserClientAndCodec extends HttpClientComponent {
    @Component.Factory
    interface Factory {
      UserClientAndCodec create(
          @BindsInstance SiviConfig config,
          @BindsInstance @UserSupplied CloseableHttpClient httpClient,
          @BindsInstance @UserSupplied SiviCodec codec);
    }
  }
}
