package dev.sivi4j.transport.vertx.internal;

import io.vertx.core.Vertx;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Ends attempts whose deadline has passed, with one periodic Vert.x timer per transport instead of a
 * timer per attempt (setting and cancelling a timer per request was a measurable share of a call).
 * Attempts in flight sit in a lock-free list of {@link Watch} nodes: watching one is a compare-and-set
 * at the head, and a finished attempt's node is unlinked by the next sweep. Only the sweep unlinks, and
 * sweeps never overlap (a periodic timer's runs are serial), so the list needs no lock.
 *
 * <p>A node lets go of its attempt the moment the attempt completes, not at the next sweep: an
 * attempt holds its response and, through its Vert.x request, the request's whole object graph, and
 * keeping a tick's worth of finished ones reachable made every young collection copy them (at tens of
 * thousands of calls a second, megabytes per collection, which doubled the pauses).
 *
 * <p>The timer runs only while attempts are in flight: the sweep that finds none cancels it, and the
 * next attempt sets a new one. A deadline is therefore noticed up to one tick late.
 */
final class AttemptDeadlines {
  /** How often the attempts in flight are looked at. */
  static final long TICK_MILLIS = 10;

  private static final VarHandle HEAD;
  private static final VarHandle TICKING;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      HEAD = lookup.findVarHandle(AttemptDeadlines.class, "head", Watch.class);
      TICKING = lookup.findVarHandle(AttemptDeadlines.class, "ticking", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Vertx vertx;
  private volatile @Nullable Watch head;
  private volatile boolean ticking;

  AttemptDeadlines(Vertx vertx) {
    this.vertx = Objects.requireNonNull(vertx, "vertx");
  }

  /** Watches an attempt until it is done, setting the timer if none is running. */
  void watch(Attempt attempt) {
    Watch watch = new Watch(attempt);
    attempt.watchedBy(watch);
    Watch first;
    do {
      first = head;
      watch.next = first;
    } while (!HEAD.compareAndSet(this, first, watch));
    startTicking();
  }

  private void startTicking() {
    if (!ticking && TICKING.compareAndSet(this, false, true)) {
      try {
        vertx.setPeriodic(TICK_MILLIS, this::sweep);
      } catch (RuntimeException e) {
        // No timer (Vert.x refused it): let the next attempt try again rather than wait for one forever.
        ticking = false;
        throw e;
      }
    }
  }

  /** Expires what is due, unlinks what is done, and stops the timer once nothing is left. */
  private void sweep(long timerId) {
    long now = System.nanoTime();
    Watch previous = null;
    Watch watch = head;
    while (watch != null) {
      Watch following = watch.next;
      Attempt attempt = watch.attempt;
      boolean inFlight = attempt != null && !attempt.isDone();
      if (inFlight && attempt.aborted() == null && attempt.expiredAt(now)) {
        // An expired attempt completes (and releases its node) now or on its caller's context.
        attempt.expire();
      }
      if (inFlight) {
        previous = watch;
      } else if (previous != null) {
        previous.next = following;
      } else if (!HEAD.compareAndSet(this, watch, following)) {
        // Attempts were pushed in front of it; it goes at the next sweep.
        previous = watch;
      }
      watch = following;
    }
    if (head == null) {
      vertx.cancelTimer(timerId);
      ticking = false;
      // An attempt watched between the check and the flag saw the timer running: tick again for it.
      if (head != null) {
        startTicking();
      }
    }
  }

  /** Whether the timer is running, for tests. */
  boolean isTicking() {
    return ticking;
  }

  /** How many attempts the list still holds, finished ones waiting for the sweep excluded; for tests. */
  int attemptsHeld() {
    int held = 0;
    for (Watch watch = head; watch != null; watch = watch.next) {
      if (watch.attempt != null) {
        held++;
      }
    }
    return held;
  }

  /** A node of the list: its attempt until that completes, then nothing but the link to the next node. */
  static final class Watch {
    private volatile @Nullable Attempt attempt;
    /** Only the list touches it. */
    private volatile @Nullable Watch next;

    private Watch(Attempt attempt) {
      this.attempt = attempt;
    }

    /** Called once the attempt has completed: the sweep unlinks the node, and nothing keeps the attempt. */
    void release() {
      attempt = null;
    }
  }
}
