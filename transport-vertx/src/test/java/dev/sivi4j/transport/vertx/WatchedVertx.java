package dev.sivi4j.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.util.concurrent.EventExecutor;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.internal.threadchecker.BlockedThreadEvent;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A Vert.x whose blocked-thread checker warns once an event-loop task has run 100 ms (instead of 2 s),
 * where every warning fails the test: whatever held the loop, blocking code, heavy work or a machine
 * too busy to run it, a caller's handlers would have waited that long.
 *
 * <p>Each episode (one task held past the limit, warned about every 10 ms while it lasts) is recorded
 * once, with what tells its causes apart: the thread's state and stack when first warned, how long the
 * task was held, and how much CPU the thread used meanwhile ({@link LoopCpu}); a loop that was runnable
 * yet ran a few milliseconds of a long hold was starved of CPU, not busy.
 */
final class WatchedVertx {
  private static final int WORKERS = 2;
  private static final long SAME_TASK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private final Vertx vertx;
  private final Map<Thread, Episode> current = new ConcurrentHashMap<>();
  private final List<Episode> episodes = new CopyOnWriteArrayList<>();

  /** One task held past the limit, as the successive warnings saw it. */
  private static final class Episode {
    final String thread;
    final long startNanos;
    final String firstSeen;
    volatile long heldNanos;
    volatile int warnings;
    volatile LoopCpu.Window cpu;

    Episode(Thread thread, long startNanos, String firstSeen, LoopCpu.Window cpu) {
      this.thread = thread.getName();
      this.startNanos = startNanos;
      this.firstSeen = firstSeen;
      this.cpu = cpu;
    }

    @Override
    public String toString() {
      return thread + " held for " + heldNanos / 1_000_000 + " ms (" + warnings + " warnings); it " + cpu + "; "
          + firstSeen;
    }
  }

  private WatchedVertx() {
    this.vertx =
        Vertx.vertx(
            new VertxOptions()
                .setMaxEventLoopExecuteTime(100)
                .setMaxEventLoopExecuteTimeUnit(TimeUnit.MILLISECONDS)
                .setBlockedThreadCheckInterval(10)
                .setBlockedThreadCheckIntervalUnit(TimeUnit.MILLISECONDS)
                // Small pools, every thread started below, so none is ever started later (see there).
                .setWorkerPoolSize(WORKERS)
                .setInternalBlockingPoolSize(1));
    ((VertxInternal) vertx).blockedThreadChecker().setThreadBlockedHandler(this::warned);
  }

  static WatchedVertx start() throws Exception {
    WatchedVertx watched = new WatchedVertx();
    watched.startThreads();
    return watched;
  }

  /**
   * Starts, from the test's thread, the threads Vert.x would otherwise start on first use from an event
   * loop: each event loop's own (one loop's first task for another starts it), the worker threads
   * ({@code executeBlocking} called on a loop, a worker verticle deployed from one) and the internal
   * blocking thread (closing Vert.x uses it, from an event loop). Starting a thread waits until the new
   * thread is scheduled, which on a loaded machine can hold the starting loop past 100 ms. A pool starts
   * a new thread for each task until it is full, so each worker gets a task of its own.
   */
  private void startThreads() throws Exception {
    VertxInternal internal = (VertxInternal) vertx;
    for (EventExecutor loop : internal.nettyEventLoopGroup()) {
      loop.submit(() -> {}).get(10, TimeUnit.SECONDS);
    }
    for (int i = 0; i < WORKERS; i++) {
      Await.result(vertx.executeBlocking(() -> null, false));
    }
    Await.result(internal.executeBlockingInternal(() -> null));
    LoopCpu.start();
  }

  Vertx vertx() {
    return vertx;
  }

  private void warned(BlockedThreadEvent event) {
    Thread thread = event.thread();
    long start = System.nanoTime() - event.duration();
    Episode episode = current.get(thread);
    // Two tasks held past 100 ms start at least 100 ms apart; the slack absorbs the checker's own lag.
    if (episode == null || Math.abs(start - episode.startNanos) > SAME_TASK_NANOS) {
      episode = new Episode(thread, start, describe(thread), LoopCpu.since(thread, start));
      current.put(thread, episode);
      episodes.add(episode);
    }
    episode.heldNanos = event.duration();
    episode.warnings++;
    episode.cpu = LoopCpu.since(thread, episode.startNanos);
  }

  private static String describe(Thread thread) {
    StackTraceElement[] stack = thread.getStackTrace();
    StringBuilder out =
        new StringBuilder(thread.getState().toString())
            .append(", load average ")
            .append(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
            .append(", at first warning:");
    for (int i = 0; i < Math.min(stack.length, 20); i++) {
      out.append("\n    at ").append(stack[i]);
    }
    return out.toString();
  }

  /** Every blocked-thread warning so far, one entry per held task. */
  List<String> warnings() {
    return episodes.stream().map(Episode::toString).toList();
  }

  /** Closes Vert.x, then fails if the checker warned about any event loop. */
  void close() throws Exception {
    assertThat(stop()).as("blocked-thread warnings (event-loop tasks held past 100 ms)").isEmpty();
  }

  /** Closes Vert.x; returns the warnings seen. */
  List<String> stop() throws Exception {
    Await.result(vertx.close());
    return warnings();
  }
}
