package dev.sivi4j.transport.vertx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** Collects a publisher's items one at a time, the way a careful subscriber would. */
final class Pages {
  private Pages() {}

  static <T> CompletableFuture<List<T>> collect(Flow.Publisher<T> publisher) {
    CompletableFuture<List<T>> result = new CompletableFuture<>();
    publisher.subscribe(
        new Flow.Subscriber<T>() {
          private final List<T> items = new ArrayList<>();
          private Flow.Subscription subscription;

          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
          }

          @Override
          public void onNext(T item) {
            items.add(item);
            subscription.request(1);
          }

          @Override
          public void onError(Throwable error) {
            result.completeExceptionally(error);
          }

          @Override
          public void onComplete() {
            result.complete(List.copyOf(items));
          }
        });
    return result;
  }
}
