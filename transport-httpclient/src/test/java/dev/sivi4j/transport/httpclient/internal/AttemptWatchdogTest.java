package dev.sivi4j.transport.httpclient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AttemptWatchdogTest {
  private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

  private final AtomicInteger cancels = new AtomicInteger();
  private final CountDownLatch cancelled = new CountDownLatch(1);
  private final AttemptWatchdog watchdog = new AttemptWatchdog(Duration.ofMillis(2), Duration.ofMinutes(1));

  @AfterEach
  void close() {
    watchdog.close();
  }

  private AttemptGuard guard(long deadlineNanos) {
    return new AttemptGuard(() -> {
      cancels.incrementAndGet();
      cancelled.countDown();
      return true;
    }, deadlineNanos);
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
    assertThat(condition.getAsBoolean()).as("condition met within 5 s").isTrue();
  }

  @Test
  void abortsAnAttemptWhoseDeadlinePassed() throws Exception {
    AttemptGuard guard = guard(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20));

    assertThat(watchdog.register(guard)).isTrue();

    assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
    guard.disarm();
    assertThat(guard.deadlinePassed()).isTrue();
    assertThat(guard.interruptAborted()).isFalse();
    assertThat(cancels).hasValue(1);
  }

  @Test
  void abortsTheAttemptOfAnInterruptedCallerAndKeepsItsFlag() throws Exception {
    CountDownLatch registered = new CountDownLatch(1);
    CompletableFuture<AttemptGuard> ended = new CompletableFuture<>();
    AtomicBoolean flagKept = new AtomicBoolean();
    Thread caller = new Thread(() -> {
      AttemptGuard guard = guard(System.nanoTime() + MINUTE);
      watchdog.register(guard);
      registered.countDown();
      // Like a classic socket read: deaf to interrupts, it ends only when the request is cancelled.
      while (cancelled.getCount() > 0) {
        Thread.onSpinWait();
      }
      guard.disarm();
      flagKept.set(Thread.currentThread().isInterrupted());
      ended.complete(guard);
    }, "interrupted-caller");
    caller.setDaemon(true);
    caller.start();
    registered.await();

    caller.interrupt();

    AttemptGuard guard = ended.get(5, TimeUnit.SECONDS);
    assertThat(guard.interruptAborted()).isTrue();
    assertThat(guard.deadlinePassed()).isFalse();
    assertThat(flagKept).isTrue();
    assertThat(cancels).hasValue(1);
  }

  @Test
  void neverAbortsAnAttemptDisarmedBeforeItsDeadline() throws Exception {
    AttemptGuard guard = guard(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100));
    watchdog.register(guard);

    guard.disarm();

    assertThat(cancelled.await(300, TimeUnit.MILLISECONDS)).isFalse();
    assertThat(guard.deadlinePassed()).isFalse();
  }

  @Test
  void disarmWaitsForAnAbortInProgress() throws Exception {
    CountDownLatch cancelStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean cancelFinished = new AtomicBoolean();
    AttemptGuard guard = new AttemptGuard(() -> {
      cancelStarted.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      cancelFinished.set(true);
      return true;
    }, System.nanoTime());
    watchdog.register(guard);
    assertThat(cancelStarted.await(5, TimeUnit.SECONDS)).isTrue();
    CompletableFuture.runAsync(() -> {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      release.countDown();
    });

    guard.disarm();

    assertThat(cancelFinished).isTrue();
    assertThat(guard.deadlinePassed()).isTrue();
  }

  @Test
  void nothingTicksWhileNoAttemptIsInFlight() throws Exception {
    AttemptGuard guard = guard(System.nanoTime() + MINUTE);
    watchdog.register(guard);
    guard.disarm();
    await(() -> watchdog.thread() != null && watchdog.thread().getState() == Thread.State.TIMED_WAITING
        && watchdog.isIdle());
    long sweeps = watchdog.sweeps();

    Thread.sleep(100);

    assertThat(watchdog.sweeps()).as("sweeps while idle (a 2 ms tick would make ~50)").isEqualTo(sweeps);
    assertThat(watchdog.thread().isAlive()).isTrue();
  }

  @Test
  void ticksAgainWhenAnAttemptArrivesAfterIdling() throws Exception {
    AttemptGuard first = guard(System.nanoTime() + MINUTE);
    watchdog.register(first);
    first.disarm();
    await(watchdog::isIdle);

    AttemptGuard second = guard(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20));
    watchdog.register(second);

    assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
    second.disarm();
    assertThat(second.deadlinePassed()).isTrue();
  }

  @Test
  void theThreadEndsAfterCloseAndAbortsWhatWasInFlight() throws Exception {
    AttemptGuard guard = guard(System.nanoTime() + MINUTE);
    watchdog.register(guard);
    Thread thread = watchdog.thread();

    watchdog.close();

    thread.join(5000);
    assertThat(thread.isAlive()).isFalse();
    assertThat(cancels).hasValue(1);
    guard.disarm();
    assertThat(guard.closeAborted()).isTrue();
    assertThat(watchdog.register(guard(System.nanoTime() + MINUTE))).as("registered after close").isFalse();
  }

  @Test
  void theThreadEndsWhenIdleAndTheNextAttemptStartsAnother() throws Exception {
    AttemptWatchdog brief = new AttemptWatchdog(Duration.ofMillis(2), Duration.ofMillis(30));
    try {
      AttemptGuard first = guard(System.nanoTime() + MINUTE);
      brief.register(first);
      Thread idle = brief.thread();
      first.disarm();

      idle.join(5000);
      assertThat(idle.isAlive()).isFalse();

      AttemptGuard second = guard(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20));
      brief.register(second);
      assertThat(brief.thread()).isNotSameAs(idle);
      assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
      second.disarm();
      assertThat(second.deadlinePassed()).isTrue();
    } finally {
      brief.close();
    }
  }

  @Test
  void shrugsOffAnInterruptOfItsOwnThread() throws Exception {
    AttemptGuard first = guard(System.nanoTime() + MINUTE);
    watchdog.register(first);
    first.disarm();
    await(watchdog::isIdle);
    Thread thread = watchdog.thread();

    thread.interrupt();

    await(() -> !thread.isInterrupted() && thread.getState() == Thread.State.TIMED_WAITING);
    AttemptGuard second = guard(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20));
    watchdog.register(second);
    assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
    second.disarm();
    assertThat(watchdog.thread()).isSameAs(thread);
  }

  @Test
  void goesOnWatchingWhenAnAbortFails() throws Exception {
    AttemptGuard failing = new AttemptGuard(() -> {
      throw new IllegalStateException("already released");
    }, System.nanoTime());
    watchdog.register(failing);
    await(() -> !failing.isOpen());
    failing.disarm();
    assertThat(failing.deadlinePassed()).isTrue();

    AttemptGuard next = guard(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20));
    watchdog.register(next);

    assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
    next.disarm();
    assertThat(next.deadlinePassed()).isTrue();
  }

  @Test
  void watchesManyAttemptsAndAbortsOnlyThoseDue() throws Exception {
    AttemptGuard[] later = new AttemptGuard[50];
    for (int i = 0; i < later.length; i++) {
      later[i] = guard(System.nanoTime() + MINUTE);
      watchdog.register(later[i]);
    }
    AttemptGuard due = guard(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10));
    watchdog.register(due);

    assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
    due.disarm();
    for (AttemptGuard guard : later) {
      guard.disarm();
      assertThat(guard.deadlinePassed()).isFalse();
    }
    assertThat(due.deadlinePassed()).isTrue();
    assertThat(cancels).hasValue(1);
    await(watchdog::isIdle);
  }
}
