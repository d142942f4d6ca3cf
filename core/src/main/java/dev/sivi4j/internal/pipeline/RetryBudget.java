package dev.sivi4j.internal.pipeline;

import dev.sivi4j.RetryPolicy;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A token bucket shared by every call of one client: each retry takes {@link RetryPolicy#RETRY_COST}
 * tokens and each success returns one, so when most calls fail the client stops retrying and a dead
 * service sees only first attempts.
 */
final class RetryBudget {
  private final int capacity;
  private final AtomicInteger tokens;

  RetryBudget(int capacity) {
    this.capacity = capacity;
    this.tokens = new AtomicInteger(capacity);
  }

  boolean tryAcquireRetry() {
    while (true) {
      int current = tokens.get();
      if (current < RetryPolicy.RETRY_COST) {
        return false;
      }
      if (tokens.compareAndSet(current, current - RetryPolicy.RETRY_COST)) {
        return true;
      }
    }
  }

  void onSuccess() {
    // Skip the write in the common case of a full bucket: it keeps the hot path free of contention.
    if (tokens.get() < capacity) {
      tokens.getAndUpdate(current -> Math.min(capacity, current + 1));
    }
  }

  int available() {
    return tokens.get();
  }
}
