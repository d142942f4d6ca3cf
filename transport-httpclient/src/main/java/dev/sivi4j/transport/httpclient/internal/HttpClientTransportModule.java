package dev.sivi4j.transport.httpclient.internal;

import dagger.Binds;
import dagger.BindsOptionalOf;
import dagger.Module;
import dagger.Provides;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.json.gson.GsonSiviCodec;
import dev.sivi4j.spi.SiviCodec;
import dev.sivi4j.spi.SiviTransport;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The Apache HttpClient transport and the codec, for a component that also includes the core's
 * pipeline module. The user may bring their own client and codec: a component that has them binds
 * them under {@link UserSupplied}; where that binding is absent, sivi4j creates its own.
 */
@Module
public abstract class HttpClientTransportModule {
  private HttpClientTransportModule() {}

  @BindsOptionalOf
  @UserSupplied
  abstract CloseableHttpClient userHttpClient();

  @BindsOptionalOf
  @UserSupplied
  abstract SiviCodec userCodec();

  @Binds
  abstract SiviTransport transport(ApacheHttpTransport transport);

  @Provides
  @Singleton
  static ApacheHttpTransport apacheTransport(
      SiviConfig config, @UserSupplied Optional<CloseableHttpClient> userClient) {
    return userClient.isPresent()
        ? ApacheHttpTransport.using(config, userClient.get())
        : ApacheHttpTransport.create(config);
  }

  @Provides
  static SiviCodec codec(@UserSupplied Optional<SiviCodec> userCodec) {
    return userCodec.orElseGet(GsonSiviCodec::create);
  }
}
