package dev.sivi4j.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sivi4j.error.SiviTransportException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import dev.sivi4j.internal.fakes.FakeScheduler;
import dev.sivi4j.internal.fakes.Replies;
import dev.sivi4j.internal.fakes.ScriptedAsyncTransport;
import dev.sivi4j.spi.Scheduler;
import dev.sivi4j.spi.SiviAsyncTransport;
import dev.sivi4j.spi.SiviTransport;
import dev.sivi4j.spi.TransportRequest;
import dev.sivi4j.spi.TransportResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What only the async driver does: never wait for the transport, and abort on cancellation. */
class AsyncPipelineTest {
  private final Harness harness = new Harness(Driver.ASYNC);
  private final ScriptedAsyncTransport transport = new ScriptedAsyncTransport(harness.script, harness.scheduler);

  @Test
  void returnsBeforeTheTransportAnswers() {
    transport.hold();
    harness.replies(Replies.ok());

    CompletableFuture<@Nullable String> result = harness.pipeline.executeAsync(harness.delete(), transport);

    assertThat(result).isNotDone();
    assertThat(harness.requests()).hasSize(1);
    transport.releaseNext();
    assertThat(result).isCompletedWithValue("Successfully done");
  }

  @Test
  void completesWithTheFinishedResultOnce() {
    harness.replies(Replies.ok());

    CompletableFuture<Integer> result = harness.pipeline.executeAsync(harness.delete(), transport, String::length);

    assertThat(result).isCompletedWithValue("Successfully done".length());
    assertThat(harness.requests()).hasSize(1);
  }

  @Test
  void failsWithWhatTheFinishingStepThrowsWithoutRetrying() {
    harness.replies(Replies.ok());
    IllegalStateException broken = new IllegalStateException("no result");

    CompletableFuture<Object> result =
        harness.pipeline.executeAsync(
            harness.delete(),
            transport,
            message -> {
              throw broken;
            });

    assertThat(result).isCompletedExceptionally();
    assertThat(catchThrowableOfType(CompletionException.class, result::join)).hasCause(broken);
    assertThat(harness.requests()).hasSize(1);
  }

  @Test
  void cancellingTheFinishedFutureCancelsTheTransportFutureInFlight() {
    transport.hold();
    CompletableFuture<Integer> result = harness.pipeline.executeAsync(harness.delete(), transport, String::length);
    CompletableFuture<TransportResponse> inFlight = transport.inFlight().get(0);

    result.cancel(true);

    assertThat(inFlight).isCancelled();
  }

  @Test
  void cancellingTheResultCancelsTheTransportFutureInFlight() {
    transport.hold();
    CompletableFuture<@Nullable String> result = harness.pipeline.executeAsync(harness.delete(), transport);
    CompletableFuture<TransportResponse> inFlight = transport.inFlight().get(0);

    result.cancel(true);

    assertThat(inFlight).isCancelled();
    assertThat(result).isCancelled();
    assertThat(harness.requests()).hasSize(1);
  }

  @Test
  void cancellingDuringARetryWaitCancelsTheTimerAndSendsNothingMore() {
    harness.scheduler.hold();
    harness.replies(Replies.error(503, "busy"));
    CompletableFuture<@Nullable String> result = harness.pipeline.executeAsync(harness.delete(), transport);
    FakeScheduler.Task wait = harness.scheduler.held().get(0);
    assertThat(wait.delay()).isEqualTo(Duration.ofMillis(250));

    result.cancel(true);
    wait.fire();

    assertThat(wait.cancelled()).isTrue();
    assertThat(harness.requests()).hasSize(1);
    assertThat(result).isCancelled();
  }

  @Test
  void retryWaitRunsOnTheTransportsScheduler() {
    harness.scheduler.hold();
    harness.replies(Replies.failure(TransportErrorKind.CONNECT_FAILED), Replies.ok());
    CompletableFuture<@Nullable String> result = harness.pipeline.executeAsync(harness.delete(), transport);
    assertThat(result).isNotDone();
    assertThat(harness.requests()).hasSize(1);

    harness.scheduler.held().get(0).fire();

    assertThat(result).isCompletedWithValue("Successfully done");
    assertThat(harness.requests()).hasSize(2);
  }

  @Test
  void unwrapsATransportExceptionInsideACompletionException() {
    harness.replies(Replies.ok());
    SiviAsyncTransport wrapping =
        failingFirst(
            request -> CompletableFuture.failedFuture(
                new CompletionException(new TransportException(TransportErrorKind.CONNECTION_RESET, "reset", null))));

    CompletableFuture<@Nullable String> result = harness.pipeline.executeAsync(harness.delete(), wrapping);

    assertThat(result).isCompletedWithValue("Successfully done");
  }

  @Test
  void asyncTransportThatThrowsIsAnUnretriedIoError() {
    SiviAsyncTransport throwing =
        failingFirst(
            request -> {
              throw new IllegalStateException("bug in the transport");
            });
    CompletableFuture<@Nullable String> result = harness.pipeline.executeAsync(harness.delete(), throwing);
    assertThat(result).isCompletedExceptionally();
    SiviTransportException error = (SiviTransportException) result.handle((value, failure) -> failure).join();
    assertThat(error.kind()).isEqualTo(TransportErrorKind.IO_ERROR);
    assertThat(error.attempts()).isEqualTo(1);
    assertThat(error).hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void blockingTransportThatThrowsIsAnUnretriedIoError() {
    SiviTransport throwing =
        new SiviTransport() {
          @Override
          public TransportResponse send(TransportRequest request) {
            throw new IllegalStateException("bug in the transport");
          }

          @Override
          public void close() {}
        };
    Harness blocking = new Harness(Driver.BLOCKING);
    SiviTransportException error =
        catchThrowableOfType(
            SiviTransportException.class, () -> blocking.pipeline.execute(blocking.delete(), throwing));
    assertThat(error.kind()).isEqualTo(TransportErrorKind.IO_ERROR);
    assertThat(error.attempts()).isEqualTo(1);
  }

  @Test
  void stageThatCannotBecomeAFutureStillCompletesTheCall() {
    harness.replies(Replies.ok());
    SiviAsyncTransport opaque = failingFirst(request -> opaque(transport.send(request)));
    assertThat(harness.pipeline.executeAsync(harness.delete(), opaque)).isCompletedWithValue("Successfully done");
  }

  @Test
  void stageThatCannotBecomeAFutureLetsTheCallerCancelAnyway() {
    OpaqueStage<TransportResponse> pending = new OpaqueStage<>();
    CompletableFuture<@Nullable String> result =
        harness.pipeline.executeAsync(harness.delete(), failingFirst(request -> pending));

    result.cancel(true);
    pending.complete(new TransportResponse(200, Map.of(), new byte[0]));

    assertThat(result).isCancelled();
  }

  private static CompletionStage<TransportResponse> opaque(CompletionStage<TransportResponse> stage) {
    OpaqueStage<TransportResponse> wrapped = new OpaqueStage<>();
    stage.whenComplete((response, error) -> {
      if (error != null) {
        wrapped.completeExceptionally(error);
      } else {
        wrapped.complete(response);
      }
    });
    return wrapped;
  }

  /** A stage that, as the JDK allows, refuses to expose a future. */
  private static final class OpaqueStage<T> extends CompletableFuture<T> {
    @Override
    public CompletableFuture<T> toCompletableFuture() {
      throw new UnsupportedOperationException("this stage does not interoperate");
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
      return new CompletableFuture<>();
    }
  }

  /** A transport whose first send does {@code first}; later sends go to the script. */
  private SiviAsyncTransport failingFirst(Function<TransportRequest, CompletionStage<TransportResponse>> first) {
    return new SiviAsyncTransport() {
      private boolean used;

      @Override
      public CompletionStage<TransportResponse> send(TransportRequest request) {
        if (!used) {
          used = true;
          return first.apply(request);
        }
        return transport.send(request);
      }

      @Override
      public Scheduler scheduler() {
        return harness.scheduler;
      }

      @Override
      public void close() {}
    };
  }
}
