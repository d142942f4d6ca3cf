package dev.sivi4j.internal.pipeline;

import dev.sivi4j.internal.fakes.ScriptedAsyncTransport;
import dev.sivi4j.internal.fakes.ScriptedTransport;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/**
 * The two ways the pipeline runs a call. Tests run each scenario through both and expect identical
 * outcomes: the same result or exception, requests and waits.
 */
enum Driver {
  /** {@link Pipeline#execute}: sleeps on the fake clock between attempts. */
  BLOCKING,
  /** {@link Pipeline#executeAsync}: waits on the fake scheduler between attempts. */
  ASYNC;

  <T> @Nullable T run(Harness harness, Pipeline pipeline, CallSpec<T> spec) {
    if (this == BLOCKING) {
      return pipeline.execute(spec, new ScriptedTransport(harness.script));
    }
    CompletableFuture<@Nullable T> result =
        pipeline.executeAsync(spec, new ScriptedAsyncTransport(harness.script, harness.scheduler));
    if (!result.isDone()) {
      throw new AssertionError("with fakes that answer at once, the async call must be done when it returns");
    }
    try {
      return result.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
