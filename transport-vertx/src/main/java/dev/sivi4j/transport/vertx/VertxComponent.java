package dev.sivi4j.transport.vertx;

import dagger.BindsInstance;
import dagger.Component;
import dev.sivi4j.SiviAsyncClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.spi.SiviCodec;
import dev.sivi4j.transport.vertx.internal.UserSupplied;
import dev.sivi4j.transport.vertx.internal.VertxModule;
import dev.sivi4j.transport.vertx.internal.VertxTransport;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Assembles one Vert.x client: the pipeline over the Vert.x transport, through {@code SiviClients}. One
 * component per client; a part the user may or may not bring is an {@code Optional} instance, the same
 * idiom as the blocking client's component, and like it an abstract class, so that its factory stays
 * package-private.
 */
@Singleton
@Component(modules = VertxModule.class)
abstract class VertxComponent {
  /** The client, assembled through {@code SiviClients}. */
  abstract SiviAsyncClient client();

  /** The client's transport, the same instance the client sends through. */
  abstract VertxTransport transport();

  /** The client's codec, the same instance the client encodes and decodes with. */
  abstract SiviCodec codec();

  @Component.Factory
  interface Factory {
    VertxComponent create(
        @BindsInstance SiviConfig config,
        @BindsInstance Vertx vertx,
        @BindsInstance @UserSupplied Optional<WebClient> webClient,
        @BindsInstance @UserSupplied Optional<SiviCodec> codec);
  }
}
