package dev.sivi4j.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * A Vert.x whose blocked-thread checker complains after 100 ms on an event loop (instead of 2 s) and
 * whose complaints are recorded, so a test can fail on any. Vert.x logs through JUL in this module's
 * tests (see the Surefire configuration).
 */
final class WatchedVertx {
  /** The logger Vert.x's blocked-thread checker writes to. */
  static final String CHECKER_LOGGER = "io.vertx.core.impl.BlockedThreadChecker";

  private final Vertx vertx;
  private final Logger logger = Logger.getLogger(CHECKER_LOGGER);
  private final List<String> warnings = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(record.getMessage() + stack(record.getThrown()));
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private WatchedVertx() {
    logger.addHandler(capture);
    this.vertx =
        Vertx.vertx(
            new VertxOptions()
                .setMaxEventLoopExecuteTime(100)
                .setMaxEventLoopExecuteTimeUnit(TimeUnit.MILLISECONDS)
                .setBlockedThreadCheckInterval(20)
                .setBlockedThreadCheckIntervalUnit(TimeUnit.MILLISECONDS)
                // With a stack trace from the first warning on, a failure shows where the loop was stuck.
                .setWarningExceptionTime(100)
                .setWarningExceptionTimeUnit(TimeUnit.MILLISECONDS));
  }

  private static String stack(Throwable thrown) {
    if (thrown == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    StackTraceElement[] frames = thrown.getStackTrace();
    for (int i = 0; i < Math.min(frames.length, 25); i++) {
      out.append("\n    at ").append(frames[i]);
    }
    return out.toString();
  }

  static WatchedVertx start() {
    return new WatchedVertx();
  }

  Vertx vertx() {
    return vertx;
  }

  /** What the blocked-thread checker said so far. */
  List<String> blockedThreadWarnings() {
    return List.copyOf(warnings);
  }

  void assertNoBlockedThreads() {
    assertThat(warnings).as("blocked-thread warnings").isEmpty();
  }

  /** Closes Vert.x, then fails if any event loop was blocked. */
  void close() throws Exception {
    try {
      Await.result(vertx.close());
      assertNoBlockedThreads();
    } finally {
      logger.removeHandler(capture);
    }
  }
}
