package dev.sivi4j.testkit;

import dev.sivi4j.error.TransportException;
import dev.sivi4j.spi.Scheduler;
import dev.sivi4j.spi.SiviAsyncTransport;
import dev.sivi4j.spi.TransportRequest;
import dev.sivi4j.spi.TransportResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The in-process async face: never runs the fake on the caller's thread (which may be an event loop)
 * and never sleeps; each request is handled and completed on the shared daemon executor. Waits (injected
 * latency, retry backoff through {@link #scheduler()}) pass on the fake clock, so the same scenario
 * ends the same way, and just as fast, as on the blocking face.
 */
final class InProcessAsyncTransport implements SiviAsyncTransport {
  private final Dispatcher dispatcher;
  private final FakeClock clock;
  private final Scheduler scheduler;

  InProcessAsyncTransport(Dispatcher dispatcher, FakeClock clock) {
    this.dispatcher = dispatcher;
    this.clock = clock;
    this.scheduler = this::schedule;
  }

  @Override
  public CompletionStage<TransportResponse> send(TransportRequest request) {
    CompletableFuture<TransportResponse> result = new CompletableFuture<>();
    SharedExecutor.get()
        .execute(
            () -> {
              if (result.isDone()) {
                return;
              }
              try {
                result.complete(InProcessDelivery.send(dispatcher, clock, Face.IN_PROCESS_ASYNC, request));
              } catch (TransportException | RuntimeException e) {
                result.completeExceptionally(e);
              }
            });
    return result;
  }

  /** Advances the fake clock by the delay and runs the task on the executor, never blocking. */
  private Scheduler.Cancellable schedule(Duration delay, Runnable task) {
    AtomicBoolean cancelled = new AtomicBoolean();
    SharedExecutor.get()
        .execute(
            () -> {
              if (!cancelled.get()) {
                clock.sleep(delay);
                task.run();
              }
            });
    return () -> cancelled.set(true);
  }

  @Override
  public Scheduler scheduler() {
    return scheduler;
  }

  @Override
  public void close() {
    // Nothing to release: the executor is shared and made of daemon threads.
  }
}
