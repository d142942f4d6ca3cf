package dev.sivi4j.transport.vertx;

import dev.sivi4j.testkit.tck.BlockingView;
import dev.sivi4j.testkit.tck.SmallHeapContract;
import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;

/** The child JVM of {@link VertxSiviClientSmallHeapTest}: calls the oversized servers with a 64 MiB heap. */
final class OversizedBodyChild {
  private OversizedBodyChild() {}

  public static void main(String[] args) throws Exception {
    Vertx vertx = Vertx.vertx();
    int code;
    try {
      code = SmallHeapContract.runChild(args, config -> BlockingView.of(SiviVertx.create(vertx, config).asAsyncClient()));
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
    System.exit(code);
  }
}
