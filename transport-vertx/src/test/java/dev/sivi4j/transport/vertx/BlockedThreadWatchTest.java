package dev.sivi4j.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Promise;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The watch the other tests rely on does catch code that holds an event loop. */
class BlockedThreadWatchTest {
  private static List<String> stallsAfter(Runnable onEventLoop) throws Exception {
    WatchedVertx watched = WatchedVertx.start();
    Promise<Void> done = Promise.promise();
    watched.vertx().runOnContext(
        ignored -> {
          onEventLoop.run();
          done.complete();
        });
    Await.result(done.future());
    return watched.stop();
  }

  @Test
  void busyEventLoopIsAStall() throws Exception {
    List<String> stalls =
        stallsAfter(
            () -> {
              // 300 ms of CPU work, however long the machine takes to give it.
              ThreadMXBean threads = ManagementFactory.getThreadMXBean();
              long until = threads.getCurrentThreadCpuTime() + 300_000_000L;
              while (threads.getCurrentThreadCpuTime() < until) {
                Thread.onSpinWait();
              }
            });

    // Busy on the CPU, or held past 2 s if the machine is so loaded the loop hardly ran.
    assertThat(stalls).singleElement().asString().containsAnyOf("busy on the CPU", "held past 2 s");
  }

  @Test
  void sleepingEventLoopIsAStall() throws Exception {
    List<String> stalls =
        stallsAfter(
            () -> {
              try {
                // Deliberately what production code must never do; long enough for a starved checker to see.
                Thread.sleep(1000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });

    assertThat(stalls).singleElement().asString().contains("waiting (TIMED_WAITING)").contains("Thread.sleep");
  }

  @Test
  void quickTasksAreNotStalls() throws Exception {
    assertThat(stallsAfter(() -> {})).isEmpty();
  }
}
