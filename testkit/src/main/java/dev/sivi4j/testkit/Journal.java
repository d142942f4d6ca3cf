package dev.sivi4j.testkit;

import dev.sivi4j.domain.Operation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * Every request one {@link FakeSivi} received, through any face, in arrival order, with its outcome.
 *
 * <p>Two ways to read it: {@link #requests()} (a snapshot) and {@link #takeRequest(Duration)} (a queue
 * of requests not taken yet, for tests that check each request in turn). Both keep the most recent
 * {@code capacity} requests (10,000 by default), so a long-running fake does not grow without bound.
 *
 * <p>To fail a test on requests it did not expect, declare what it expects with {@link
 * #expect(Operation)} or {@link #expect(String, Predicate)} and call {@link
 * #assertNoUnexpectedRequests()} (the JUnit extension does this after each test in strict mode).
 * Thread-safe.
 */
public final class Journal {
  private final int capacity;
  private final AtomicLong count = new AtomicLong();
  private final Deque<RecordedRequest> all = new ConcurrentLinkedDeque<>();
  private final AtomicInteger allSize = new AtomicInteger();
  private final Deque<RecordedRequest> untaken = new ConcurrentLinkedDeque<>();
  private final AtomicInteger untakenSize = new AtomicInteger();
  private final List<Expectation> expectations = new CopyOnWriteArrayList<>();
  private final Object arrival = new Object();
  private volatile int waiters;

  Journal(int capacity) {
    this.capacity = capacity;
  }

  /** Records a request, numbering it. Lock-free, so concurrent requests never queue here. */
  RecordedRequest record(LongFunction<RecordedRequest> numbered) {
    RecordedRequest request = numbered.apply(count.incrementAndGet());
    add(all, allSize, request);
    add(untaken, untakenSize, request);
    if (waiters > 0) {
      synchronized (arrival) {
        arrival.notifyAll();
      }
    }
    return request;
  }

  private void add(Deque<RecordedRequest> queue, AtomicInteger size, RecordedRequest request) {
    queue.addLast(request);
    if (size.incrementAndGet() > capacity && queue.pollFirst() != null) {
      size.decrementAndGet();
    }
  }

  /**
   * The requests kept, oldest first.
   *
   * @return a snapshot
   */
  public List<RecordedRequest> requests() {
    List<RecordedRequest> snapshot = new ArrayList<>(all);
    snapshot.sort(Comparator.comparingLong(RecordedRequest::sequence));
    return List.copyOf(snapshot);
  }

  /**
   * How many requests arrived since the fake was made, kept or not; numbers them.
   *
   * @return the count
   */
  public long requestCount() {
    return count.get();
  }

  /**
   * Takes the oldest request not taken yet, waiting for one to arrive if need be.
   *
   * @param timeout how long to wait
   * @return the request, or empty if none arrived in time
   * @throws InterruptedException if interrupted while waiting
   */
  public Optional<RecordedRequest> takeRequest(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + Objects.requireNonNull(timeout, "timeout").toNanos();
    while (true) {
      RecordedRequest next = untaken.pollFirst();
      if (next != null) {
        untakenSize.decrementAndGet();
        return Optional.of(next);
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return Optional.empty();
      }
      synchronized (arrival) {
        waiters++;
        try {
          if (untaken.isEmpty()) {
            TimeUnit.NANOSECONDS.timedWait(arrival, left);
          }
        } finally {
          waiters--;
        }
      }
    }
  }

  /**
   * Declares that requests for an operation are expected.
   *
   * @param operation the operation
   */
  public void expect(Operation operation) {
    Objects.requireNonNull(operation, "operation");
    expect(operation.endpoint(), r -> r.operation().equals(Optional.of(operation)));
  }

  /**
   * Declares that requests matching a predicate are expected.
   *
   * @param description what is expected, for the failure message
   * @param matcher the predicate
   */
  public void expect(String description, Predicate<RecordedRequest> matcher) {
    expectations.add(new Expectation(Objects.requireNonNull(description, "description"), Objects.requireNonNull(matcher, "matcher")));
  }

  /**
   * Fails if any request kept matches no expectation (with no expectation declared, every request is
   * unexpected).
   *
   * @throws AssertionError listing the unexpected requests
   */
  public void assertNoUnexpectedRequests() {
    List<String> unexpected = new ArrayList<>();
    for (RecordedRequest request : requests()) {
      if (expectations.stream().noneMatch(e -> e.matcher().test(request))) {
        unexpected.add(request.summary());
      }
    }
    if (!unexpected.isEmpty()) {
      throw new AssertionError(
          unexpected.size() + " unexpected request(s) reached the fake Sivi service (expected: "
              + expectations.stream().map(Expectation::description).toList() + "):\n  "
              + String.join("\n  ", unexpected));
    }
  }

  /** Forgets every request kept and every expectation (the count goes on). */
  public void clear() {
    all.clear();
    allSize.set(0);
    untaken.clear();
    untakenSize.set(0);
    expectations.clear();
  }

  private record Expectation(String description, Predicate<RecordedRequest> matcher) {}
}
