package dev.sivi4j.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Promise;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    assertThat(warnings).singleElement().asString().contains("RUNNABLE");
    assertThat(cpuMillis(warnings.get(0))).as("CPU the loop used, as reported").isBetween(200L, 400L);
  }

  @Test
  void sleepingEventLoopIsOneWarningThatShowsTheWait() throws Exception {
    // Deliberately what production code must never do.
    List<String> warnings = warningsAfter(() -> sleep(300));

    assertThat(warnings).singleElement().asString().contains("TIMED_WAITING").contains("Thread.sleep");
    assertThat(cpuMillis(warnings.get(0))).as("CPU the loop used, as reported").isLessThan(100L);
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

  private static long cpuMillis(String warning) {
    Matcher ran = Pattern.compile("ran (\\d+) ms of CPU").matcher(warning);
    assertThat(ran.find()).as("CPU time in %s", warning).isTrue();
    return Long.parseLong(ran.group(1));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
