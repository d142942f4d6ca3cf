package dev.sivi4j.transport.vertx.internal;

import dagger.Binds;
import dagger.BindsOptionalOf;
import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.json.gson.GsonSiviCodec;
import dev.sivi4j.spi.SiviAsyncTransport;
import dev.sivi4j.spi.SiviCodec;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The Vert.x side of the client: the codec and the transport, each the user's own when they brought
 * one. A user-supplied binding may be missing or bound to null (the builder's "not set"), so it is
 * read through {@code Optional<Lazy<T>>}, the form Dagger allows for nullable bindings.
 */
@Module
public abstract class VertxModule {
  private VertxModule() {}

  @BindsOptionalOf
  @UserSupplied
  abstract WebClient userWebClient();

  @BindsOptionalOf
  @UserSupplied
  abstract SiviCodec userCodec();

  @Binds
  abstract SiviAsyncTransport asyncTransport(VertxTransport transport);

  /**
   * The user's codec, else the Gson codec.
   *
   * @param user the user's codec, if any
   * @return the codec
   */
  @Provides
  public static SiviCodec codec(@UserSupplied Optional<Lazy<SiviCodec>> user) {
    return user.map(Lazy::get).orElseGet(GsonSiviCodec::create);
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
      Vertx vertx, SiviConfig config, @UserSupplied Optional<Lazy<WebClient>> user) {
    return user.map(Lazy::get)
        .map(client -> VertxTransport.sharingClient(vertx, client, config))
        .orElseGet(() -> VertxTransport.owningClient(vertx, config));
  }
}
