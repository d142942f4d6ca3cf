package dev.sivi4j.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.internal.threadchecker.BlockedThreadEvent;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A Vert.x whose blocked-thread checker fires once an event-loop task has run 100 ms (instead of 2 s),
 * with a handler that records every episode and judges what held the loop:
 *
 * <ul>
 *   <li>a <b>stall</b>, which fails the test: the loop thread was seen waiting (parked, sleeping, in
 *       {@code Object.wait}, on a monitor, or in a blocking socket or file read), or it kept using the
 *       CPU after the first warning (50 ms of CPU, or half the time watched), or it was held past 2 s;
 *   <li>a <b>scheduler delay</b>, which is only reported: the thread was runnable but hardly ran, the
 *       machine did not give it the CPU (tests share two cores with other builds).
 * </ul>
 */
final class WatchedVertx {
  private static final long HARD_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(2);
  /** CPU time after the first warning that no quick task would need, however starved. */
  private static final long BUSY_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
  private static final List<String> BLOCKING_FRAMES =
      List.of("Unsafe.park", "Thread.sleep", "Object.wait", "read0", "socketRead", "Net.poll", "accept0");

  private final Vertx vertx;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final Map<Thread, Episode> episodes = new ConcurrentHashMap<>();
  private final List<String> stalls = new CopyOnWriteArrayList<>();
  private final List<String> delays = new CopyOnWriteArrayList<>();

  /** One run of a task past the limit, as seen by successive checks. */
  private static final class Episode {
    final long firstDuration;
    final long firstCpu;
    long lastDuration;
    long lastCpu;
    boolean judgedStall;

    Episode(long duration, long cpu) {
      this.firstDuration = duration;
      this.firstCpu = cpu;
      this.lastDuration = duration;
      this.lastCpu = cpu;
    }
  }

  private WatchedVertx() {
    this.vertx =
        Vertx.vertx(
            new VertxOptions()
                .setMaxEventLoopExecuteTime(100)
                .setMaxEventLoopExecuteTimeUnit(TimeUnit.MILLISECONDS)
                .setBlockedThreadCheckInterval(10)
                .setBlockedThreadCheckIntervalUnit(TimeUnit.MILLISECONDS));
    ((VertxInternal) vertx).blockedThreadChecker().setThreadBlockedHandler(this::judge);
  }

  static WatchedVertx start() {
    return new WatchedVertx();
  }

  Vertx vertx() {
    return vertx;
  }

  private void judge(BlockedThreadEvent event) {
    Thread thread = event.thread();
    Thread.State state = thread.getState();
    StackTraceElement[] stack = thread.getStackTrace();
    long cpu = threads.getThreadCpuTime(thread.getId());
    Episode episode =
        episodes.compute(
            thread,
            (key, previous) ->
                previous == null || event.duration() < previous.lastDuration ? new Episode(event.duration(), cpu) : previous);
    episode.lastDuration = event.duration();
    episode.lastCpu = cpu;
    long watched = episode.lastDuration - episode.firstDuration;
    long busy = episode.lastCpu - episode.firstCpu;
    String why =
        waiting(state, stack) ? "waiting (" + state + ")"
            : busy >= BUSY_NANOS || watched > 0 && busy * 2 >= watched
                ? "busy on the CPU for " + busy / 1_000_000 + " ms of the last " + watched / 1_000_000 + " ms"
            : event.duration() > HARD_LIMIT_NANOS ? "held past 2 s"
            : null;
    String report =
        thread.getName() + " held for " + event.duration() / 1_000_000 + " ms, " + (why == null ? "runnable but not scheduled" : why)
            + top(stack);
    if (why != null && !episode.judgedStall) {
      episode.judgedStall = true;
      stalls.add(report);
    } else if (why == null && !episode.judgedStall) {
      delays.add(report);
    }
  }

  private static boolean waiting(Thread.State state, StackTraceElement[] stack) {
    if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING || state == Thread.State.BLOCKED) {
      return true;
    }
    if (stack.length == 0) {
      return false;
    }
    String top = stack[0].getClassName() + "." + stack[0].getMethodName();
    return BLOCKING_FRAMES.stream().anyMatch(top::contains);
  }

  private static String top(StackTraceElement[] stack) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(stack.length, 20); i++) {
      out.append("\n    at ").append(stack[i]);
    }
    return out.toString();
  }

  /** The episodes that held an event loop because of what ran on it. */
  List<String> stalls() {
    return List.copyOf(stalls);
  }

  /** Closes Vert.x, then fails if any event loop stalled. */
  void close() throws Exception {
    assertThat(stop()).as("event-loop stalls").isEmpty();
  }

  /** Closes Vert.x; returns the stalls seen, and prints the scheduler delays for the record. */
  List<String> stop() throws Exception {
    Await.result(vertx.close());
    if (!delays.isEmpty()) {
      System.err.println("Scheduler delays on event loops (not failures): " + delays.size() + "\n" + delays.get(0));
    }
    return stalls();
  }
}
