package dev.sivi4j.transport.vertx;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Samples, every few milliseconds, how much CPU each Vert.x event-loop thread of this JVM has used, so
 * a blocked-thread warning can tell a loop that ran for its whole time (work on the loop) from one that
 * was runnable but hardly ran (a machine too busy to schedule it). One daemon thread for the JVM.
 */
final class LoopCpu {
  private static final long PERIOD_MILLIS = 5;
  private static final long KEEP_NANOS = TimeUnit.SECONDS.toNanos(5);
  private static final int RESCAN_EVERY = 20;
  private static final String LOOP_PREFIX = "vert.x-eventloop-thread-";
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Map<Long, Deque<long[]>> HISTORY = new ConcurrentHashMap<>();
  private static final AtomicBoolean RESCAN = new AtomicBoolean();

  static {
    Thread sampler = new Thread(LoopCpu::sample, "sivi4j-test-loop-cpu");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** CPU a thread used in a window that ended now, and how much of the window the samples cover. */
  record Window(long wallNanos, long cpuNanos) {
    @Override
    public String toString() {
      return "ran " + cpuNanos / 1_000_000 + " ms of CPU in the last " + wallNanos / 1_000_000 + " ms";
    }
  }

  private LoopCpu() {}

  /** Starts the sampler if it is not running yet (loading the class does), and looks for new loops now. */
  static void start() {
    RESCAN.set(true);
  }

  /**
   * The CPU {@code thread} used from {@code sinceNanos} ({@link System#nanoTime()}) until now, from the
   * latest sample at or before then, or the earliest sample if the thread was first seen later.
   */
  static Window since(Thread thread, long sinceNanos) {
    long now = System.nanoTime();
    long cpu = THREADS.getThreadCpuTime(thread.getId());
    Deque<long[]> samples = HISTORY.get(thread.getId());
    if (samples == null || cpu < 0) {
      return new Window(0, 0);
    }
    long[] base = null;
    synchronized (samples) {
      for (long[] sample : samples) {
        if (base == null || sample[0] <= sinceNanos) {
          base = sample;
        }
      }
    }
    return base == null ? new Window(0, 0) : new Window(now - base[0], cpu - base[1]);
  }

  private static void sample() {
    long[] ids = new long[0];
    for (long tick = 0; ; tick++) {
      if (tick % RESCAN_EVERY == 0 || RESCAN.getAndSet(false)) {
        ids = eventLoopThreads();
      }
      long now = System.nanoTime();
      for (long id : ids) {
        long cpu = THREADS.getThreadCpuTime(id);
        if (cpu >= 0) {
          Deque<long[]> samples = HISTORY.computeIfAbsent(id, key -> new ArrayDeque<>());
          synchronized (samples) {
            samples.addLast(new long[] {now, cpu});
            while (now - samples.getFirst()[0] > KEEP_NANOS) {
              samples.removeFirst();
            }
          }
        }
      }
      try {
        Thread.sleep(PERIOD_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static long[] eventLoopThreads() {
    HISTORY.keySet().removeIf(id -> THREADS.getThreadCpuTime(id) < 0);
    return Arrays.stream(THREADS.getThreadInfo(THREADS.getAllThreadIds(), 0))
        .filter(info -> info != null && info.getThreadName().startsWith(LOOP_PREFIX))
        .mapToLong(ThreadInfo::getThreadId)
        .toArray();
  }
}
