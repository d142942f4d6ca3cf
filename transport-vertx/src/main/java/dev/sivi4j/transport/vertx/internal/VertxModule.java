package dev.sivi4j.transport.vertx.internal;

import dagger.Module;
import dagger.Provides;
import dev.sivi4j.SiviAsyncClient;
import dev.sivi4j.SiviClients;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.json.gson.GsonSiviCodec;
import dev.sivi4j.spi.SiviCodec;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The Vert.x side of the client: the codec, the transport (each the user's own when they brought one,
 * bound by the component as an {@code Optional} instance) and the client assembled on them through
 * {@link SiviClients}.
 */
@Module
public abstract class VertxModule {
  private VertxModule() {}

  /**
   * The client, on the one pipeline every sivi4j client shares.
   *
   * @param config the configuration
   * @param transport the transport
   * @param codec the codec
   * @return the client
   */
  @Provides
  public static SiviAsyncClient client(SiviConfig config, VertxTransport transport, SiviCodec codec) {
    return SiviClients.async(config, transport, codec);
  }

  /**
   * The user's codec, else the Gson codec.
   *
   * @param user the user's codec, if any
   * @return the codec
   */
  @Provides
  public static SiviCodec codec(@UserSupplied Optional<SiviCodec> user) {
    return user.orElseGet(GsonSiviCodec::create);
  }

  /**
   * The transport, on the user's Web Client if they brought one; one per client.
   *
   * @param vertx the user's Vert.x
   * @param config the configuration
   * @param user the user's Web Client, if any
   * @return the transport
   */
  @Provides
  @Singleton
  public static VertxTransport transport(
      Vertx vertx, SiviConfig config, @UserSupplied Optional<WebClient> user) {
    return user
        .map(client -> VertxTransport.sharingClient(vertx, client, config))
        .orElseGet(() -> VertxTransport.owningClient(vertx, config));
  }
}
