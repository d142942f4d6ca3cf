package dev.sivi4j.transport.vertx.internal;

import io.vertx.core.Vertx;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Ends attempts whose deadline has passed, with one periodic Vert.x timer per transport instead of a
 * timer per attempt (setting and cancelling a timer per request was a measurable share of a call).
 * Attempts in flight sit in a lock-free list whose nodes are the attempts themselves: watching one is
 * a compare-and-set at the head, and a finished attempt is unlinked by the next sweep. Only the sweep
 * unlinks, and sweeps never overlap (a periodic timer's runs are serial), so the list needs no lock.
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
      HEAD = lookup.findVarHandle(AttemptDeadlines.class, "head", Attempt.class);
      TICKING = lookup.findVarHandle(AttemptDeadlines.class, "ticking", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Vertx vertx;
  private volatile @Nullable Attempt head;
  private volatile boolean ticking;

  AttemptDeadlines(Vertx vertx) {
    this.vertx = Objects.requireNonNull(vertx, "vertx");
  }

  /** Watches an attempt until it is done, setting the timer if none is running. */
  void watch(Attempt attempt) {
    Attempt first;
    do {
      first = head;
      attempt.next = first;
    } while (!HEAD.compareAndSet(this, first, attempt));
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
    Attempt previous = null;
    Attempt attempt = head;
    while (attempt != null) {
      Attempt following = attempt.next;
      if (!attempt.isDone() && attempt.aborted() == null && attempt.expiredAt(now)) {
        attempt.expire();
      }
      if (!attempt.isDone()) {
        previous = attempt;
      } else if (previous != null) {
        previous.next = following;
      } else if (!HEAD.compareAndSet(this, attempt, following)) {
        // Attempts were pushed in front of it; it goes at the next sweep.
        previous = attempt;
      }
      attempt = following;
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
}
