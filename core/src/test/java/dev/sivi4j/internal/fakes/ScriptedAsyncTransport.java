package dev.sivi4j.internal.fakes;

import dev.sivi4j.error.TransportException;
import dev.sivi4j.spi.Scheduler;
import dev.sivi4j.spi.SiviAsyncTransport;
import dev.sivi4j.spi.TransportRequest;
import dev.sivi4j.spi.TransportResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * An async transport that answers from a {@link Script}: at once by default, or, after {@link #hold()},
 * only when the test calls {@link #releaseNext()}, so it can look at (and cancel) calls in flight.
 */
public final class ScriptedAsyncTransport implements SiviAsyncTransport {
  private final Script script;
  private final FakeScheduler scheduler;
  private final List<InFlight> held = new ArrayList<>();
  private boolean holding;
  private volatile boolean closed;

  /**
   * Creates the transport.
   *
   * @param script the replies
   * @param scheduler the scheduler the pipeline waits on
   */
  public ScriptedAsyncTransport(Script script, FakeScheduler scheduler) {
    this.script = script;
    this.scheduler = scheduler;
  }

  /** Keeps later requests in flight until released. */
  public synchronized void hold() {
    holding = true;
  }

  @Override
  public CompletionStage<TransportResponse> send(TransportRequest request) {
    CompletableFuture<TransportResponse> future = new CompletableFuture<>();
    synchronized (this) {
      if (holding) {
        script.record(request);
        held.add(new InFlight(request, future));
        return future;
      }
    }
    try {
      future.complete(script.answer(request));
    } catch (TransportException e) {
      future.completeExceptionally(e);
    }
    return future;
  }

  /**
   * The futures handed out since {@link #hold()}, in order.
   *
   * @return the futures
   */
  public synchronized List<CompletableFuture<TransportResponse>> inFlight() {
    return held.stream().map(InFlight::future).toList();
  }

  /** Answers the oldest held request with the next scripted reply. */
  public void releaseNext() {
    InFlight next;
    synchronized (this) {
      next = held.stream().filter(f -> !f.future().isDone()).findFirst().orElseThrow();
    }
    try {
      next.future().complete(script.reply(next.request()));
    } catch (TransportException e) {
      next.future().completeExceptionally(e);
    }
  }

  @Override
  public Scheduler scheduler() {
    return scheduler;
  }

  @Override
  public void close() {
    closed = true;
  }

  /**
   * Whether {@link #close()} was called.
   *
   * @return true once closed
   */
  public boolean closed() {
    return closed;
  }

  private record InFlight(TransportRequest request, CompletableFuture<TransportResponse> future) {}
}
