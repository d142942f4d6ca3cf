package dev.sivi4j.internal.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/** Records every signal; optionally asks for one more item from inside each {@code onNext}. */
final class RecordingSubscriber<T> implements Flow.Subscriber<T> {
  private final boolean requestOneMoreOnEachItem;
  private Flow.@Nullable Subscription subscription;
  final List<T> items = new ArrayList<>();
  @Nullable Throwable error;
  int completions;
  int terminalSignals;

  RecordingSubscriber() {
    this(false);
  }

  RecordingSubscriber(boolean requestOneMoreOnEachItem) {
    this.requestOneMoreOnEachItem = requestOneMoreOnEachItem;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
  }

  @Override
  public void onNext(T item) {
    if (terminalSignals > 0) {
      throw new AssertionError("onNext after a terminal signal");
    }
    items.add(item);
    if (requestOneMoreOnEachItem) {
      subscription().request(1);
    }
  }

  @Override
  public void onError(Throwable throwable) {
    error = throwable;
    terminalSignals++;
  }

  @Override
  public void onComplete() {
    completions++;
    terminalSignals++;
  }

  Flow.Subscription subscription() {
    if (subscription == null) {
      throw new AssertionError("onSubscribe was not called");
    }
    return subscription;
  }
}
