package dev.sivi4j.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Promise;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The watch the other tests rely on reports every task that held an event loop past 100 ms. */
class BlockedThreadWatchTest {
  private static List<String> warningsAfter(Runnable onEventLoop) throws Exception {
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
  void busyEventLoopIsOneWarningThatShowsTheCpuItUsed() throws Exception {
    List<String> warnings =
        warningsAfter(
            () -> {
              // 300 ms of CPU work, however long the machine takes to give it.
              ThreadMXBean threads = ManagementFactory.getThreadMXBean();
              long until = threads.getCurrentThreadCpuTime() + 300_000_000L;
              while (threads.getCurrentThreadCpuTime() < until) {
                Thread.onSpinWait();
              }
            });

    assertThat(warnings).singleElement().asString().contains("RUNNABLE").containsPattern("ran \\d+ ms of CPU");
  }

  @Test
  void sleepingEventLoopIsOneWarningThatShowsTheWait() throws Exception {
    // Deliberately what production code must never do.
    List<String> warnings = warningsAfter(() -> sleep(300));

    assertThat(warnings).singleElement().asString().contains("TIMED_WAITING").contains("Thread.sleep");
  }

  @Test
  void twoLongTasksInARowAreTwoWarnings() throws Exception {
    WatchedVertx watched = WatchedVertx.start();
    Promise<Void> done = Promise.promise();
    watched.vertx().runOnContext(
        first -> {
          sleep(200);
          watched.vertx().runOnContext(
              second -> {
                sleep(200);
                done.complete();
              });
        });
    Await.result(done.future());

    assertThat(watched.stop()).hasSize(2);
  }

  @Test
  void quickTasksAreNoWarning() throws Exception {
    assertThat(warningsAfter(() -> {})).isEmpty();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
