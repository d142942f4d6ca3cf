package dev.sivi4j.transport.httpclient.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.hc.core5.concurrent.Cancellable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt's hard limits, enforced by the transport's {@link AttemptWatchdog}. HttpClient's response
 * timeout bounds each socket read, so a server that dribbles a byte now and then would never trip it,
 * and a classic socket read ignores {@link Thread#interrupt()}; the watchdog aborts the request when the
 * attempt's whole time is up or its caller is interrupted. The caller itself aborts when the body is
 * over the cap, so the rest is never read and the connection is discarded rather than drained back into
 * the pool. The state tells the exception an abort causes apart from a real I/O failure.
 *
 * <p>The guard is also its own node in the watchdog's list, so watching an attempt allocates nothing
 * more.
 */
final class AttemptGuard {
  private static final int OPEN = 0;
  private static final int DISARMED = 1;
  private static final int DEADLINE = 2;
  private static final int INTERRUPTED = 3;
  private static final int CLOSED = 4;
  /** Added to an abort reason once the abort has finished. */
  private static final int DONE = 8;

  private static final VarHandle STATE;
  private static final Logger LOG = LoggerFactory.getLogger(AttemptGuard.class);

  static {
    try {
      STATE = MethodHandles.lookup().findVarHandle(AttemptGuard.class, "state", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Cancellable request;
  private final Thread caller;
  private final long deadlineNanos;
  // Whoever moves it from OPEN first decides the attempt's end: an abort (with its reason) or the disarm.
  private volatile int state;
  private volatile boolean overCap;
  /** The next guard in the watchdog's list: set before the guard is published, then only by the watchdog. */
  volatile @Nullable AttemptGuard next;

  /**
   * A guard for an attempt the current thread is about to make.
   *
   * @param request what an abort cancels
   * @param deadlineNanos when the attempt's time is up, on the {@link System#nanoTime()} scale
   */
  AttemptGuard(Cancellable request, long deadlineNanos) {
    this.request = request;
    this.caller = Thread.currentThread();
    this.deadlineNanos = deadlineNanos;
  }

  /** Whether neither an abort nor the disarm has ended the attempt yet. */
  boolean isOpen() {
    return state == OPEN;
  }

  /** Whether the attempt's time is up at {@code nowNanos}. */
  boolean expiredAt(long nowNanos) {
    return nowNanos - deadlineNanos >= 0;
  }

  /** Whether the thread making the attempt has been interrupted. */
  boolean callerInterrupted() {
    return caller.isInterrupted();
  }

  /** Aborts the request because its time is up, unless the attempt is already over. */
  void abortAtDeadline() {
    abort(DEADLINE);
  }

  /** Aborts the request because its caller was interrupted, unless the attempt is already over. */
  void abortForInterrupt() {
    abort(INTERRUPTED);
  }

  /** Aborts the request because the transport was closed, unless the attempt is already over. */
  void abortForClose() {
    abort(CLOSED);
  }

  private void abort(int reason) {
    if (!STATE.compareAndSet(this, OPEN, reason)) {
      return;
    }
    try {
      request.cancel();
    } catch (RuntimeException e) {
      // Runs on the watchdog or a closing thread, which must go on; the caller still gets its answer.
      LOG.debug("aborting an HTTP request failed", e);
    } finally {
      state = reason | DONE;
      LockSupport.unpark(caller);
    }
  }

  /**
   * Ends the watch; the attempt is over. If an abort won, waits for it to finish, so the connection is
   * back in the pool (discarded) before the caller moves on. Called by the thread that made the guard.
   */
  void disarm() {
    if (STATE.compareAndSet(this, OPEN, DISARMED)) {
      return;
    }
    // An abort is a socket close: brief. Park through interrupts, and keep the caller's flag, which an
    // interrupt abort must leave set whatever HttpClient did with it.
    boolean interrupted = Thread.interrupted() || interruptAborted();
    while ((state & DONE) == 0) {
      LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(1));
      interrupted |= Thread.interrupted();
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
    return (state & ~DONE) == DEADLINE;
  }

  boolean interruptAborted() {
    return (state & ~DONE) == INTERRUPTED;
  }

  boolean closeAborted() {
    return (state & ~DONE) == CLOSED;
  }

  boolean overCap() {
    return overCap;
  }
}
