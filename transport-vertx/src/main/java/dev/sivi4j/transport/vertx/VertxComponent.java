package dev.sivi4j.transport.vertx;

import dagger.BindsInstance;
import dagger.Component;
import dev.sivi4j.SiviAsyncClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.internal.di.PipelineModule;
import dev.sivi4j.spi.SiviCodec;
import dev.sivi4j.transport.vertx.internal.Nullable;
import dev.sivi4j.transport.vertx.internal.UserSupplied;
import dev.sivi4j.transport.vertx.internal.VertxModule;
import dev.sivi4j.transport.vertx.internal.VertxTransport;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import jakarta.inject.Singleton;

/** Assembles one Vert.x client: the pipeline over the Vert.x transport. One component per client. */
@Singleton
@Component(modules = {PipelineModule.class, VertxModule.class})
interface VertxComponent {
  SiviAsyncClient client();

  /** The client's transport, the same instance the client sends through. */
  VertxTransport transport();

  @Component.Factory
  interface Factory {
    VertxComponent create(
        @BindsInstance SiviConfig config,
        @BindsInstance Vertx vertx,
        @BindsInstance @UserSupplied @Nullable @org.jspecify.annotations.Nullable WebClient webClient,
        @BindsInstance @UserSupplied @Nullable @org.jspecify.annotations.Nullable SiviCodec codec);
  }
}
