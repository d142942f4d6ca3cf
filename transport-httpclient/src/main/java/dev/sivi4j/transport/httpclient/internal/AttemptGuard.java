package dev.sivi4j.transport.httpclient.internal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.core5.concurrent.Cancellable;
import org.jspecify.annotations.Nullable;

/**
 * One attempt's hard limits. HttpClient's response timeout bounds each socket read, so a server that
 * dribbles a byte now and then would never trip it; the guard aborts the request when the attempt's
 * whole time is up. It also aborts when the body is over the cap, so the rest is never read and the
 * connection is discarded rather than drained back into the pool. The flags tell the exception the
 * abort causes apart from a real I/O failure.
 */
final class AttemptGuard {
  private final Cancellable request;
  // Whoever sets it first decides the attempt's end: the deadline (abort) or the caller (disarm).
  private final AtomicBoolean settled = new AtomicBoolean();
  private final CountDownLatch abortDone = new CountDownLatch(1);
  private volatile boolean deadlinePassed;
  private volatile boolean overCap;
  private volatile @Nullable ScheduledFuture<?> timer;

  AttemptGuard(Cancellable request) {
    this.request = request;
  }

  /**
   * Aborts the request once {@code timeout} has passed.
   *
   * @throws java.util.concurrent.RejectedExecutionException if the scheduler was shut down
   */
  void arm(ScheduledExecutorService scheduler, Duration timeout) {
    timer = scheduler.schedule(this::onDeadline, timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  // Package-private so tests can pass the deadline without a timer.
  void onDeadline() {
    if (!settled.compareAndSet(false, true)) {
      return;
    }
    deadlinePassed = true;
    try {
      request.cancel();
    } finally {
      abortDone.countDown();
    }
  }

  /**
   * Stops the timer; the attempt is over. If the deadline fired, waits for its abort to finish, so the
   * connection is back in the pool (discarded) before the caller moves on.
   */
  void disarm() {
    if (settled.compareAndSet(false, true)) {
      ScheduledFuture<?> pending = timer;
      if (pending != null) {
        pending.cancel(false);
      }
      return;
    }
    boolean interrupted = false;
    while (true) {
      try {
        abortDone.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Drops the connection without reading the rest of an oversized body. */
  void abortOverCap() {
    overCap = true;
    request.cancel();
  }

  boolean deadlinePassed() {
    return deadlinePassed;
  }

  boolean overCap() {
    return overCap;
  }
}
