package dev.sivi4j.examples.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The watch the verticle's tests rely on does catch an event loop that waits. */
class EventLoopWatchTest {
  @Test
  void reportsAnEventLoopThatSleeps() throws Exception {
    EventLoopWatch watch = EventLoopWatch.start();
    try {
      watch.vertx().runOnContext(ignored -> sleep(400));
      watch.vertx().timer(500).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    } finally {
      watch.stop();
    }
    assertThat(watch.blockingCalls()).isNotEmpty().allMatch(report -> report.contains("sleep"));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
