package dev.sivi4j.transport.vertx;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** Waits on the JUnit thread, never on a Vert.x thread. */
final class Await {
  private static final long SECONDS = 10;

  private Await() {}

  static <T> T result(Future<T> future) throws Exception {
    return result(future.toCompletionStage());
  }

  static <T> T result(CompletionStage<T> stage) throws Exception {
    try {
      return stage.toCompletableFuture().get(SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** The failure of a future that must fail. */
  static Throwable failure(Future<?> future) throws Exception {
    try {
      future.toCompletionStage().toCompletableFuture().get(SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    }
    throw new AssertionError("expected a failure, got a result");
  }

  /** Polls until the condition holds; fails after a generous limit. */
  static void until(BooleanSupplier condition, String what) throws InterruptedException, TimeoutException {
    within(Duration.ofSeconds(SECONDS), condition, what);
  }

  /** Polls until the condition holds; fails once {@code limit} has passed. */
  static void within(Duration limit, BooleanSupplier condition, String what)
      throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("still not true after " + limit.toMillis() + " ms: " + what);
      }
      Thread.sleep(5);
    }
  }
}
