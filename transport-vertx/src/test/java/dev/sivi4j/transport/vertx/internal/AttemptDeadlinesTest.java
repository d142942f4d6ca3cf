package dev.sivi4j.transport.vertx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import dev.sivi4j.spi.TransportResponse;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AttemptDeadlinesTest {
  private final Vertx vertx = Vertx.vertx();
  private final AttemptDeadlines deadlines = new AttemptDeadlines(vertx);
  private final ResetCounter counter = new ResetCounter();
  private final HttpClientRequest request = counter.request();

  @AfterEach
  void closeVertx() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  @Test
  void attemptPastItsDeadlineFailsAsResponseTimeoutAndIsReset() throws Exception {
    Attempt attempt = new Attempt(100, 20, null);
    attempt.attach(request);

    deadlines.watch(attempt);

    assertThat(failureOf(attempt))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(TransportErrorKind.RESPONSE_TIMEOUT);
              assertThat(e).hasMessageContaining("timeout of 20 ms");
            });
    assertThat(counter.resets()).isEqualTo(1);
  }

  @Test
  void timeoutIsDeliveredOnTheCallersContext() throws Exception {
    CompletableFuture<Boolean> onCallersContext = new CompletableFuture<>();
    vertx.runOnContext(
        ignored -> {
          Context caller = Vertx.currentContext();
          Attempt attempt = new Attempt(100, 5, caller);
          attempt.whenComplete((response, error) -> onCallersContext.complete(Vertx.currentContext() == caller));
          deadlines.watch(attempt);
        });

    assertThat(onCallersContext.get(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void attemptThatFinishesInTimeIsLeftAloneAndTheTimerStops() throws Exception {
    Attempt attempt = new Attempt(100, 60_000, null);
    attempt.attach(request);
    deadlines.watch(attempt);
    assertThat(deadlines.isTicking()).isTrue();

    attempt.complete(new TransportResponse(200, Map.of(), new byte[0]));

    assertThat(eventually(() -> !deadlines.isTicking())).as("timer stopped").isTrue();
    assertThat(attempt.aborted()).isNull();
    assertThat(counter.resets()).isEqualTo(0);
  }

  @Test
  void finishedAttemptsAreLetGoBeforeTheNextSweep() {
    Attempt inFlight = new Attempt(100, 60_000, null);
    Attempt answered = new Attempt(100, 60_000, null);
    Attempt failed = new Attempt(100, 60_000, null);
    Attempt cancelled = new Attempt(100, 60_000, null);
    deadlines.watch(inFlight);
    deadlines.watch(answered);
    deadlines.watch(failed);
    deadlines.watch(cancelled);
    assertThat(deadlines.attemptsHeld()).isEqualTo(4);

    answered.complete(new TransportResponse(200, Map.of(), new byte[0]));
    failed.completeExceptionally(new TransportException(TransportErrorKind.CONNECTION_RESET, "reset", null));
    cancelled.cancel(false);

    // The sweep runs every 10 ms; the list must not keep a finished attempt (and its response) until then.
    assertThat(deadlines.attemptsHeld()).isEqualTo(1);
    assertThat(deadlines.isTicking()).isTrue();
  }

  @Test
  void expiryDeliveredOnTheCallersContextLetsTheAttemptGo() throws Exception {
    CompletableFuture<Attempt> expired = new CompletableFuture<>();
    vertx.runOnContext(
        ignored -> {
          Attempt attempt = new Attempt(100, 5, Vertx.currentContext());
          attempt.whenComplete((response, error) -> expired.complete(attempt));
          deadlines.watch(attempt);
        });

    assertThat(expired.get(5, TimeUnit.SECONDS).isCompletedExceptionally()).isTrue();
    assertThat(deadlines.attemptsHeld()).isZero();
  }

  @Test
  void nextAttemptAfterTheTimerStoppedStillExpires() throws Exception {
    Attempt first = new Attempt(100, 60_000, null);
    deadlines.watch(first);
    first.complete(new TransportResponse(200, Map.of(), new byte[0]));
    assertThat(eventually(() -> !deadlines.isTicking())).as("timer stopped").isTrue();

    Attempt second = new Attempt(100, 5, null);
    deadlines.watch(second);

    assertThat(failureOf(second))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.RESPONSE_TIMEOUT));
  }

  @Test
  void attemptAbortedForAnotherReasonKeepsThatReason() throws Exception {
    Attempt attempt = new Attempt(100, 5, null);
    attempt.abortTooLarge();
    deadlines.watch(attempt);
    Thread.sleep(50);

    attempt.completeExceptionally(attempt.aborted());

    assertThat(failureOf(attempt))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.RESPONSE_TOO_LARGE));
  }

  private static Throwable failureOf(Attempt attempt) throws Exception {
    try {
      attempt.get(5, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    }
    throw new AssertionError("the attempt succeeded");
  }

  private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() - deadline < 0) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(5);
    }
    return false;
  }

  @Test
  void aRefusedTimerLeavesTheNextAttemptFreeToSetOne() throws Exception {
    Vertx closed = Vertx.vertx();
    closed.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    AttemptDeadlines onClosedVertx = new AttemptDeadlines(closed);

    assertThatThrownBy(() -> onClosedVertx.watch(new Attempt(100, 5, null))).isInstanceOf(RuntimeException.class);

    assertThat(onClosedVertx.isTicking()).isFalse();
  }
}
