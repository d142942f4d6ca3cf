package dev.sivi4j.transport.vertx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.json.gson.GsonSiviCodec;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WarmUpTest {
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  void rehearsalRunsEachOperationEndToEndAgainstTheLoopbackResponder() throws Exception {
    // Succeeds only when loginUser, setCreditLimit and accountAnalysis all succeeded through the pipeline.
    Future<Void> rehearsal = WarmUp.rehearse(vertx.getOrCreateContext(), GsonSiviCodec.create());

    rehearsal.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    assertThat(rehearsal.succeeded()).isTrue();
  }
}
