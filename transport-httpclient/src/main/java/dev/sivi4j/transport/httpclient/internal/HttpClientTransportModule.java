package dev.sivi4j.transport.httpclient.internal;

import dagger.Module;
import dagger.Provides;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviClients;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.json.gson.GsonSiviCodec;
import dev.sivi4j.spi.SiviCodec;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The Apache HttpClient side of the client: the codec, the transport (each the user's own when they
 * brought one, bound by the component as an {@code Optional} instance under {@link UserSupplied}) and
 * the client assembled on them through {@link SiviClients}.
 */
@Module
public interface HttpClientTransportModule {
  /**
   * The client, on the one pipeline every sivi4j client shares.
   *
   * @param config the configuration
   * @param transport the transport
   * @param codec the codec
   * @return the client
   */
  @Provides
  static SiviClient client(SiviConfig config, ApacheHttpTransport transport, SiviCodec codec) {
    return SiviClients.blocking(config, transport, codec);
  }

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
