package dev.sivi4j.transport.httpclient.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * One thread per transport that ends attempts from the outside: it aborts an attempt whose deadline has
 * passed or whose caller was interrupted. Attempts in flight sit in a lock-free list whose nodes are the
 * guards themselves: registering is one compare-and-set at the head, and deregistering is the guard's
 * own disarm, after which the watchdog unlinks it. Only the watchdog unlinks, so the list needs no lock.
 *
 * <p>The thread exists only while there is work: it ticks while attempts are in flight, parks without
 * ticking when there are none, and ends after {@code keepAlive} of idleness or at {@link #close()}; the
 * next attempt starts a new one. A transport that is never closed therefore holds no thread for long.
 */
final class AttemptWatchdog {
  private static final int STOPPED = 0;
  private static final int RUNNING = 1;
  private static final int IDLE = 2;
  private static final int CLOSED = 3;

  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final VarHandle HEAD;
  private static final VarHandle STATE;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      HEAD = lookup.findVarHandle(AttemptWatchdog.class, "head", AttemptGuard.class);
      STATE = lookup.findVarHandle(AttemptWatchdog.class, "state", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final long tickNanos;
  private final long keepAliveNanos;
  private volatile @Nullable AttemptGuard head;
  private volatile int state = STOPPED;
  private volatile @Nullable Thread thread;
  // Written by the watchdog thread only; read by tests.
  private volatile long sweeps;

  /**
   * @param tick how often to look at the attempts in flight
   * @param keepAlive how long the thread waits for new attempts before it ends
   */
  AttemptWatchdog(Duration tick, Duration keepAlive) {
    this.tickNanos = tick.toNanos();
    this.keepAliveNanos = keepAlive.toNanos();
  }

  /** The watchdog every transport uses: a 10 ms tick, and a thread that ends after 10 s of idleness. */
  static AttemptWatchdog standard() {
    return new AttemptWatchdog(Duration.ofMillis(10), Duration.ofSeconds(10));
  }

  /**
   * Watches an attempt until its guard is disarmed or aborted, starting or waking the thread if needed.
   *
   * @return false if the watchdog is closed: the attempt must not be made
   */
  boolean register(AttemptGuard guard) {
    if (state == CLOSED) {
      return false;
    }
    AttemptGuard first;
    do {
      first = head;
      guard.next = first;
    } while (!HEAD.compareAndSet(this, first, guard));
    while (true) {
      int current = state;
      if (current == RUNNING) {
        return true;
      }
      if (current == CLOSED) {
        return false;
      }
      if (STATE.compareAndSet(this, current, RUNNING)) {
        if (current == IDLE) {
          LockSupport.unpark(thread);
        } else {
          start();
        }
        return true;
      }
    }
  }

  private void start() {
    Thread watchdog = new Thread(this::run, "sivi4j-httpclient-watchdog-" + THREADS.incrementAndGet());
    watchdog.setDaemon(true);
    thread = watchdog;
    try {
      watchdog.start();
    } catch (RuntimeException | Error e) {
      // No thread: let the next attempt try again.
      STATE.compareAndSet(this, RUNNING, STOPPED);
      throw e;
    }
  }

  /** Stops watching and aborts every attempt still in flight; their callers see the client closed. */
  void close() {
    if ((int) STATE.getAndSet(this, CLOSED) == CLOSED) {
      return;
    }
    Thread watchdog = thread;
    if (watchdog != null) {
      LockSupport.unpark(watchdog);
    }
    for (AttemptGuard guard = head; guard != null; guard = guard.next) {
      guard.abortForClose();
    }
  }

  private void run() {
    long idleSince = 0;
    while (true) {
      int current = state;
      if (current == CLOSED) {
        return;
      }
      if (current == RUNNING) {
        sweep(System.nanoTime());
        if (head != null) {
          park(tickNanos);
        } else if (STATE.compareAndSet(this, RUNNING, IDLE)) {
          // An attempt may have arrived between the sweep and going idle; its caller may have seen RUNNING.
          if (head != null) {
            STATE.compareAndSet(this, IDLE, RUNNING);
          }
          idleSince = System.nanoTime();
        }
        continue;
      }
      long left = keepAliveNanos - (System.nanoTime() - idleSince);
      if (left > 0) {
        park(left);
      } else if (STATE.compareAndSet(this, IDLE, STOPPED)) {
        return;
      }
    }
  }

  /** Parks; an interrupt is ignored, or it would turn every later park into a busy loop. */
  private void park(long nanos) {
    LockSupport.parkNanos(this, nanos);
    Thread.interrupted();
  }

  /** Aborts what is due and unlinks what is over. */
  private void sweep(long now) {
    sweeps++;
    AttemptGuard previous = null;
    AttemptGuard guard = head;
    while (guard != null) {
      AttemptGuard following = guard.next;
      if (guard.isOpen()) {
        // An interrupted caller wants out now; it must not be retried as a timeout would be.
        if (guard.callerInterrupted()) {
          guard.abortForInterrupt();
        } else if (guard.expiredAt(now)) {
          guard.abortAtDeadline();
        }
      }
      if (guard.isOpen()) {
        previous = guard;
      } else if (previous != null) {
        previous.next = following;
      } else if (!HEAD.compareAndSet(this, guard, following)) {
        // Attempts were pushed in front of it; it goes at the next sweep.
        previous = guard;
      }
      guard = following;
    }
  }

  /** The number of sweeps so far, for tests. */
  long sweeps() {
    return sweeps;
  }

  /** Whether the thread is parked waiting for attempts, for tests. */
  boolean isIdle() {
    return state == IDLE;
  }

  /** The current thread, if one was started, for tests. */
  @Nullable Thread thread() {
    return thread;
  }
}
