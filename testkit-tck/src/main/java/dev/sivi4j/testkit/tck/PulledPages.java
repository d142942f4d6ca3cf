package dev.sivi4j.testkit.tck;

import dev.sivi4j.domain.ExportPage;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A publisher of pages read as a blocking stream: each page is requested only when the stream wants
 * one, and closing the stream cancels the subscription.
 */
final class PulledPages implements Flow.Subscriber<ExportPage> {
  private static final Object DONE = new Object();

  private final BlockingQueue<Object> signals = new LinkedBlockingQueue<>();
  private final CountDownLatch subscribed = new CountDownLatch(1);
  private volatile Flow.@Nullable Subscription subscription;
  private boolean finished;

  private PulledPages() {}

  static Stream<ExportPage> stream(Flow.Publisher<ExportPage> publisher) {
    PulledPages pages = new PulledPages();
    publisher.subscribe(pages);
    Spliterator<ExportPage> spliterator =
        new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(Consumer<? super ExportPage> action) {
            ExportPage page = pages.next();
            if (page == null) {
              return false;
            }
            action.accept(page);
            return true;
          }
        };
    return StreamSupport.stream(spliterator, false).onClose(pages::cancel);
  }

  private @Nullable ExportPage next() {
    if (finished) {
      return null;
    }
    Object signal;
    try {
      Flow.Subscription current = awaitSubscription();
      current.request(1);
      signal = signals.take();
    } catch (InterruptedException e) {
      cancel();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for an export page", e);
    }
    if (signal instanceof ExportPage page) {
      return page;
    }
    finished = true;
    if (signal instanceof Throwable failure) {
      throw BlockingView.rethrow(failure);
    }
    return null;
  }

  private Flow.Subscription awaitSubscription() throws InterruptedException {
    // The Flow contract: onSubscribe comes first, before any other signal.
    subscribed.await();
    return Objects.requireNonNull(subscription);
  }

  private void cancel() {
    Flow.Subscription current = subscription;
    if (current != null) {
      current.cancel();
    }
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = Objects.requireNonNull(subscription, "subscription");
    subscribed.countDown();
  }

  @Override
  public void onNext(ExportPage item) {
    signals.add(item);
  }

  @Override
  public void onError(Throwable throwable) {
    signals.add(throwable);
  }

  @Override
  public void onComplete() {
    signals.add(DONE);
  }
}
