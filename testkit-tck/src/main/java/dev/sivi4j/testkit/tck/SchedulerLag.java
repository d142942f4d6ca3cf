package dev.sivi4j.testkit.tck;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * How late the machine ran this JVM's threads while a call was timed: a probe thread that asks to wake
 * every 5 ms records the most it overslept. A call on a starved machine ends late for the same reason,
 * so the deadline checks allow this lag on top of their slack; on an idle machine it is a millisecond
 * or two.
 */
final class SchedulerLag {
  private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final Thread probe;
  private volatile boolean stopped;
  private volatile long maxLagNanos;

  private SchedulerLag() {
    probe = new Thread(this::watch, "sivi4j-contract-lag-probe-" + THREADS.incrementAndGet());
    probe.setDaemon(true);
  }

  static SchedulerLag start() {
    SchedulerLag lag = new SchedulerLag();
    lag.probe.start();
    return lag;
  }

  private void watch() {
    while (!stopped) {
      long before = System.nanoTime();
      LockSupport.parkNanos(TICK_NANOS);
      long late = System.nanoTime() - before - TICK_NANOS;
      if (late > maxLagNanos) {
        maxLagNanos = late;
      }
    }
  }

  /** Stops the probe; returns the longest lag it saw. */
  Duration stop() {
    stopped = true;
    LockSupport.unpark(probe);
    return Duration.ofNanos(Math.max(0, maxLagNanos));
  }
}
