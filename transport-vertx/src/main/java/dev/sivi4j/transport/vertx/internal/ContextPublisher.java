package dev.sivi4j.transport.vertx.internal;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.Objects;
import java.util.concurrent.Flow;

/**
 * A publisher whose signals reach each subscriber on the Vert.x context it subscribed from (see {@link
 * CallerContext#of}). Signals are queued on that context in order, so they stay serial.
 *
 * @param <T> the item type
 */
public final class ContextPublisher<T> implements Flow.Publisher<T> {
  private final Vertx vertx;
  private final Flow.Publisher<T> source;

  /**
   * Wraps a publisher.
   *
   * @param vertx the client's Vert.x
   * @param source the publisher whose signals may arrive on any thread
   */
  public ContextPublisher(Vertx vertx, Flow.Publisher<T> source) {
    this.vertx = Objects.requireNonNull(vertx, "vertx");
    this.source = Objects.requireNonNull(source, "source");
  }

  @Override
  public void subscribe(Flow.Subscriber<? super T> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    source.subscribe(new OnContext<>(CallerContext.of(vertx), subscriber));
  }

  private static final class OnContext<T> implements Flow.Subscriber<T> {
    private final Context context;
    private final Flow.Subscriber<? super T> downstream;

    OnContext(Context context, Flow.Subscriber<? super T> downstream) {
      this.context = context;
      this.downstream = downstream;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      context.runOnContext(ignored -> downstream.onSubscribe(subscription));
    }

    @Override
    public void onNext(T item) {
      context.runOnContext(ignored -> downstream.onNext(item));
    }

    @Override
    public void onError(Throwable error) {
      context.runOnContext(ignored -> downstream.onError(CallerContext.unwrap(error)));
    }

    @Override
    public void onComplete() {
      context.runOnContext(ignored -> downstream.onComplete());
    }
  }
}
