package dev.sivi4j.examples.vertx;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A Vert.x whose blocked-thread checker warns once an event-loop task has run 100 ms (instead of 2 s),
 * and a log handler that keeps every warning whose stack shows the loop waiting: parked on a future or
 * lock, asleep, or in a blocking read. Those are blocking calls, and fail the test. A warning whose
 * stack shows the loop running is kept apart: on a busy machine a quick task can wait for a CPU.
 */
final class EventLoopWatch extends Handler {
  /** Where Vert.x's blocked-thread checker logs (through java.util.logging; see the pom). */
  private static final String CHECKER_LOGGER = "io.vertx.core.impl.BlockedThreadChecker";
  private static final List<String> WAITING_FRAMES =
      List.of("Unsafe.park", "Thread.sleep", "Object.wait", "socketRead", "NioSocketImpl", "Net.poll");

  private final Logger checkerLogger = Logger.getLogger(CHECKER_LOGGER);
  private final List<String> blockingCalls = new CopyOnWriteArrayList<>();
  private final List<String> slowTurns = new CopyOnWriteArrayList<>();
  private final Vertx vertx;

  private EventLoopWatch() {
    checkerLogger.addHandler(this);
    checkerLogger.setUseParentHandlers(false);   // its reports land here, not on the console
    this.vertx = Vertx.vertx(new VertxOptions()
        .setMaxEventLoopExecuteTime(100)
        .setMaxEventLoopExecuteTimeUnit(TimeUnit.MILLISECONDS)
        .setBlockedThreadCheckInterval(20)
        .setBlockedThreadCheckIntervalUnit(TimeUnit.MILLISECONDS)
        .setWarningExceptionTime(1)                                  // every warning carries the stack
        .setWarningExceptionTimeUnit(TimeUnit.NANOSECONDS));
  }

  /** Starts a watched Vert.x. */
  static EventLoopWatch start() {
    return new EventLoopWatch();
  }

  Vertx vertx() {
    return vertx;
  }

  /** The warnings whose stack showed an event loop waiting. */
  List<String> blockingCalls() {
    return List.copyOf(blockingCalls);
  }

  /** The warnings whose stack showed an event loop running: not failures on a shared machine. */
  List<String> slowTurns() {
    return List.copyOf(slowTurns);
  }

  /** Closes Vert.x and stops listening to the checker. */
  void stop() throws Exception {
    try {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } finally {
      checkerLogger.removeHandler(this);
      checkerLogger.setUseParentHandlers(true);
    }
  }

  @Override
  public void publish(LogRecord record) {
    Throwable stack = record.getThrown();
    String frames = stack == null ? "" : Arrays.stream(stack.getStackTrace())
        .limit(12)
        .map(frame -> "\n    at " + frame)
        .collect(Collectors.joining());
    String report = record.getMessage() + frames;
    if (waiting(stack)) {
      blockingCalls.add(report);
    } else {
      slowTurns.add(report);
    }
  }

  /** Whether the loop was waiting; loading classes (slow on a cold JVM) never counts. */
  private static boolean waiting(@Nullable Throwable stack) {
    StackTraceElement[] frames = stack == null ? new StackTraceElement[0] : stack.getStackTrace();
    boolean loadingClasses = Arrays.stream(frames)
        .anyMatch(frame -> frame.getMethodName().equals("loadClass") || frame.getMethodName().equals("<clinit>"));
    return frames.length > 0
        && !loadingClasses
        && WAITING_FRAMES.stream().anyMatch(frames[0].toString()::contains);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
