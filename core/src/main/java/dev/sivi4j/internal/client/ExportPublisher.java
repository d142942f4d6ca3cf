package dev.sivi4j.internal.client;

import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.internal.pipeline.ExportWalk;
import dev.sivi4j.internal.pipeline.ExportWindow;
import dev.sivi4j.spi.ExportBatch;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Export pages as a {@link Flow.Publisher}: each subscriber gets its own walk over the range, with one
 * window request in flight at a time and none before it signals demand.
 */
final class ExportPublisher implements Flow.Publisher<ExportPage> {
  private final Supplier<ExportWalk> walks;
  private final Function<ExportWindow, CompletableFuture<@Nullable ExportBatch>> fetch;

  ExportPublisher(
      Supplier<ExportWalk> walks,
      Function<ExportWindow, CompletableFuture<@Nullable ExportBatch>> fetch) {
    this.walks = walks;
    this.fetch = fetch;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super ExportPage> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    Walk walk = new Walk(walks.get(), subscriber);
    subscriber.onSubscribe(walk);
  }

  /**
   * One subscriber's walk. Signals are serialized by a work-in-progress counter: whoever raises it from
   * zero drains, everyone else only records what changed.
   */
  private final class Walk implements Flow.Subscription {
    private final ExportWalk windows;
    private final Flow.Subscriber<? super ExportPage> subscriber;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger wip = new AtomicInteger();
    private volatile boolean done;
    private volatile boolean fetching;
    private volatile @Nullable ExportPage ready;
    private volatile @Nullable Throwable failure;
    private volatile @Nullable CompletableFuture<@Nullable ExportBatch> inFlight;

    Walk(ExportWalk windows, Flow.Subscriber<? super ExportPage> subscriber) {
      this.windows = windows;
      this.subscriber = subscriber;
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        failure = new IllegalArgumentException("request(n) needs n > 0 (was " + n + ")");
      } else {
        demand.getAndUpdate(current -> current + n < 0 ? Long.MAX_VALUE : current + n);
      }
      drain();
    }

    @Override
    public void cancel() {
      done = true;
      CompletableFuture<@Nullable ExportBatch> call = inFlight;
      if (call != null) {
        call.cancel(true);
      }
    }

    private void drain() {
      if (wip.getAndIncrement() != 0) {
        return;
      }
      do {
        step();
      } while (wip.decrementAndGet() != 0);
    }

    private void step() {
      if (done) {
        return;
      }
      ExportPage page = ready;
      if (page != null && demand.get() > 0) {
        ready = null;
        demand.decrementAndGet();
        subscriber.onNext(page);
      }
      Throwable error = failure;
      if (error != null) {
        done = true;
        subscriber.onError(error);
        return;
      }
      if (ready != null || fetching || done || demand.get() == 0) {
        return;
      }
      Optional<ExportWindow> window = windows.next();
      if (window.isEmpty()) {
        done = true;
        subscriber.onComplete();
        return;
      }
      fetching = true;
      CompletableFuture<@Nullable ExportBatch> call = fetch.apply(window.get());
      inFlight = call;
      call.whenComplete(
          (batch, thrown) -> {
            if (thrown != null) {
              failure = thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
            } else {
              Optional<ExportPage> next = windows.accept(window.get(), Objects.requireNonNull(batch));
              ready = next.orElse(null);
            }
            fetching = false;
            drain();
          });
    }
  }
}
