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
public interface HttpClientTransportModule {
  /**
   * The user's HTTP client, present when the component binds one.
   *
   * @return the client
   */
  @BindsOptionalOf
  @UserSupplied
  CloseableHttpClient userHttpClient();

  /**
   * The user's codec, present when the component binds one.
   *
   * @return the codec
   */
  @BindsOptionalOf
  @UserSupplied
  SiviCodec userCodec();

  /**
   * The pipeline's transport port.
   *
   * @param transport the Apache transport
   * @return the same transport
   */
  @Binds
  SiviTransport transport(ApacheHttpTransport transport);

  /**
   * The transport: on the user's client if there is one, else on a pooled client sivi4j creates and
   * owns. One per component, so the client and the tests' pool accessor see the same one.
   *
   * @param config the configuration
   * @param userClient the user's client, if any
   * @return the transport
   */
  @Provides
  @Singleton
  static ApacheHttpTransport apacheTransport(
      SiviConfig config, @UserSupplied Optional<CloseableHttpClient> userClient) {
    return userClient.isPresent()
        ? ApacheHttpTransport.using(config, userClient.get())
        : ApacheHttpTransport.create(config);
  }

  /**
   * The codec: the user's if there is one, else the default Gson codec.
   *
   * @param userCodec the user's codec, if any
   * @return the codec
   */
  @Provides
  static SiviCodec codec(@UserSupplied Optional<SiviCodec> userCodec) {
    return userCodec.orElseGet(GsonSiviCodec::create);
  }
}
