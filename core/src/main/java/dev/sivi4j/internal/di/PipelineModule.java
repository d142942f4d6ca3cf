package dev.sivi4j.internal.di;

import dagger.Module;
import dagger.Provides;
import dev.sivi4j.SiviAsyncClient;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.internal.client.AsyncSiviClient;
import dev.sivi4j.internal.client.BlockingSiviClient;
import dev.sivi4j.internal.pipeline.Pipeline;
import dev.sivi4j.internal.pipeline.Requests;
import dev.sivi4j.spi.SiviAsyncTransport;
import dev.sivi4j.spi.SiviCodec;
import dev.sivi4j.spi.SiviTransport;

/**
 * The pipeline and the two clients over it. Each transport's component includes this module and binds
 * {@link SiviConfig}, {@link SiviCodec} and its transport; a component asks for one client, so each
 * binding is made once per client.
 */
@Module
public final class PipelineModule {
  private PipelineModule() {}

  @Provides
  static Pipeline pipeline(SiviConfig config) {
    return new Pipeline(config);
  }

  @Provides
  static Requests requests(SiviCodec codec, SiviConfig config) {
    return new Requests(codec, config.apiKey().kind());
  }

  @Provides
  static SiviClient blockingClient(Pipeline pipeline, Requests requests, SiviTransport transport) {
    return new BlockingSiviClient(pipeline, requests, transport);
  }

  @Provides
  static SiviAsyncClient asyncClient(Pipeline pipeline, Requests requests, SiviAsyncTransport transport) {
    return new AsyncSiviClient(pipeline, requests, transport);
  }
}
