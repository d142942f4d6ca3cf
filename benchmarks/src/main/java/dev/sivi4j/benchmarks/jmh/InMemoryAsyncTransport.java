package dev.sivi4j.benchmarks.jmh;

import dev.sivi4j.domain.Operation;
import dev.sivi4j.spi.Scheduler;
import dev.sivi4j.spi.SiviAsyncTransport;
import dev.sivi4j.spi.TransportRequest;
import dev.sivi4j.spi.TransportResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * An async transport that answers at once with an already completed future, as a real one does once
 * the bytes are in; a fresh future per call, as a real transport allocates one.
 */
final class InMemoryAsyncTransport implements SiviAsyncTransport {
  private final Map<Operation, TransportResponse> answers = InMemoryTransport.answers();

  @Override
  public CompletionStage<TransportResponse> send(TransportRequest request) {
    return CompletableFuture.completedFuture(answers.get(request.operation()));
  }

  @Override
  public Scheduler scheduler() {
    // Only retries wait, and these answers never need one; this is here for completeness.
    return (delay, task) -> {
      CompletableFuture<Void> run =
          CompletableFuture.runAsync(task, CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS));
      return () -> run.cancel(false);
    };
  }

  @Override
  public void close() {
    // Nothing to release.
  }
}
