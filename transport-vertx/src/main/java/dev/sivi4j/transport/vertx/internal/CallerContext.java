package dev.sivi4j.transport.vertx.internal;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/** Delivers results on the Vert.x context a call was made from, the way Vert.x's own APIs do. */
public final class CallerContext {
  private CallerContext() {}

  /**
   * The context to complete a call on: the caller's if it is on one of {@code vertx}'s contexts, else
   * an event-loop context of {@code vertx}, so completion never runs on a foreign thread by accident.
   *
   * @param vertx the client's Vert.x
   * @return the context
   */
  public static Context of(Vertx vertx) {
    Context current = Vertx.currentContext();
    return current != null && current.owner() == vertx ? current : vertx.getOrCreateContext();
  }

  /**
   * A Vert.x future bound to {@code context} that completes like {@code stage}. The pipeline completes
   * its futures with the failure itself, never wrapped in a {@link CompletionException}, so no second
   * stage is needed to unwrap it.
   *
   * @param context the context whose thread runs the future's handlers
   * @param stage the result, as the pipeline returns it
   * @param <T> the result type
   * @return the future
   */
  public static <T> Future<T> complete(Context context, CompletionStage<T> stage) {
    return Future.fromCompletionStage(stage, context);
  }

  static Throwable unwrap(Throwable error) {
    Throwable current = error;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
