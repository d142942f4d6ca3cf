package dev.sivi4j.cli;

import dev.sivi4j.domain.ExportPage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Collects every page of an export publisher, asking for one page at a time. */
final class PageCollector implements Flow.Subscriber<ExportPage> {
  private final List<ExportPage> pages = new ArrayList<>();
  private final CompletableFuture<List<ExportPage>> done = new CompletableFuture<>();
  private Flow.Subscription subscription = NONE;

  private static final Flow.Subscription NONE =
      new Flow.Subscription() {
        @Override
        public void request(long n) {}

        @Override
        public void cancel() {}
      };

  static CompletionStage<List<ExportPage>> collect(Flow.Publisher<ExportPage> publisher) {
    PageCollector collector = new PageCollector();
    publisher.subscribe(collector);
    return collector.done;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    subscription.request(1);
  }

  @Override
  public void onNext(ExportPage page) {
    pages.add(page);
    subscription.request(1);
  }

  @Override
  public void onError(Throwable error) {
    done.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    done.complete(List.copyOf(pages));
  }
}
