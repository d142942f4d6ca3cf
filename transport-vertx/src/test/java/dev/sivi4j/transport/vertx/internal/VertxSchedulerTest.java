package dev.sivi4j.transport.vertx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sivi4j.spi.Scheduler;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VertxSchedulerTest {
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void closeVertx() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  @Test
  void delaysRoundUpToWholeMillisecondsOfAtLeastOne() {
    assertThat(VertxScheduler.timerMillis(Duration.ZERO)).isEqualTo(1);
    assertThat(VertxScheduler.timerMillis(Duration.ofNanos(1))).isEqualTo(1);
    assertThat(VertxScheduler.timerMillis(Duration.ofMillis(3))).isEqualTo(3);
    assertThat(VertxScheduler.timerMillis(Duration.ofNanos(3_000_001))).isEqualTo(4);
    assertThat(VertxScheduler.timerMillis(Duration.ofMillis(-5))).isEqualTo(1);
  }

  @Test
  void taskRunsOnAVertxTimerOfTheSchedulingContext() throws Exception {
    CompletableFuture<Boolean> sameContext = new CompletableFuture<>();
    vertx.runOnContext(
        ignored -> {
          io.vertx.core.Context scheduling = Vertx.currentContext();
          new VertxScheduler(vertx)
              .schedule(Duration.ofMillis(2), () -> sameContext.complete(Vertx.currentContext() == scheduling));
        });

    assertThat(sameContext.get(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void cancelledTaskNeverRuns() throws Exception {
    AtomicBoolean ran = new AtomicBoolean();
    long scheduled = System.nanoTime();
    Scheduler.Cancellable cancellable = new VertxScheduler(vertx).schedule(Duration.ofMillis(500), () -> ran.set(true));

    cancellable.cancel();
    // Meaningful only if the cancel came before the delay ran out, which a starved machine may not give.
    assumeTrue(System.nanoTime() - scheduled < 400_000_000L, "cancelled in time");
    CompletableFuture<Void> later = new CompletableFuture<>();
    vertx.setTimer(700, id -> later.complete(null));
    later.get(5, TimeUnit.SECONDS);

    assertThat(ran).isFalse();
  }
}
