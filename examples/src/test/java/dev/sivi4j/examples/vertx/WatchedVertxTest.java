package dev.sivi4j.examples.vertx;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.transport.vertx.testing.WatchedVertx;
import io.vertx.core.Promise;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The watch the verticle's tests rely on fails a test on any event-loop task held past 100 ms, whether
 * the loop waited or worked: either way the verticle's other requests waited that long.
 */
class WatchedVertxTest {
  @Test
  void failsOnAnEventLoopThatSleeps() throws Exception {
    // Deliberately what the verticle must never do.
    WatchedVertx watched = afterOnEventLoop(() -> sleep(300));

    assertThatThrownBy(watched::close).isInstanceOf(AssertionError.class).hasMessageContaining("Thread.sleep");
  }

  @Test
  void failsOnAnEventLoopThatComputes() throws Exception {
    WatchedVertx watched = afterOnEventLoop(() -> {
      // 300 ms of CPU work, however long the machine takes to give it.
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long until = threads.getCurrentThreadCpuTime() + 300_000_000L;
      while (threads.getCurrentThreadCpuTime() < until) {
        Thread.onSpinWait();
      }
    });

    assertThatThrownBy(watched::close).isInstanceOf(AssertionError.class).hasMessageContaining("RUNNABLE");
  }

  @Test
  void passesQuickTasks() throws Exception {
    WatchedVertx watched = afterOnEventLoop(() -> {});

    assertThatCode(watched::close).doesNotThrowAnyException();
  }

  /** A watched Vert.x, still open, that has run {@code task} on an event loop. */
  private static WatchedVertx afterOnEventLoop(Runnable task) throws Exception {
    WatchedVertx watched = WatchedVertx.start();
    Promise<Void> done = Promise.promise();
    watched.vertx().runOnContext(ignored -> {
      task.run();
      done.complete();
    });
    done.future().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    return watched;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
