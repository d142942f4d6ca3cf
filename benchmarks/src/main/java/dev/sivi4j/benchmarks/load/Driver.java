package dev.sivi4j.benchmarks.load;

import dev.sivi4j.benchmarks.Workload;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Runs one contender at a fixed concurrency until its budget is spent: blocking contenders on that
 * many threads, async contenders as that many chains of calls (each starting the next when its
 * answer is in), so both keep exactly {@code concurrency} calls in flight.
 */
final class Driver implements AutoCloseable {
  private final ExecutorService threads;

  Driver(int maxConcurrency) {
    AtomicInteger counter = new AtomicInteger();
    threads =
        Executors.newFixedThreadPool(
            maxConcurrency,
            task -> {
              Thread thread = new Thread(task, "bench-worker-" + counter.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  RunResult run(Contender contender, Workload workload, int concurrency, Budget budget) throws InterruptedException {
    if (contender instanceof BlockingContender blocking) {
      return runBlocking(blocking, workload, concurrency, budget);
    }
    return runAsync((AsyncContender) contender, workload, concurrency, budget);
  }

  private RunResult runBlocking(BlockingContender contender, Workload workload, int concurrency, Budget budget)
      throws InterruptedException {
    List<WorkerTally> tallies = new ArrayList<>();
    CountDownLatch ready = new CountDownLatch(concurrency);
    CountDownLatch go = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(concurrency);
    for (int i = 0; i < concurrency; i++) {
      WorkerTally tally = new WorkerTally();
      tallies.add(tally);
      threads.execute(
          () -> {
            try {
              ready.countDown();
              go.await();
              while (budget.tryStart()) {
                long start = System.nanoTime();
                try {
                  contender.call(workload);
                  tally.success(start);
                } catch (Exception e) {
                  tally.failure(e);
                }
              }
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            } finally {
              done.countDown();
            }
          });
    }
    ready.await();
    budget.start();
    long cpu = ProcessCpu.nanos();
    long start = System.nanoTime();
    go.countDown();
    awaitAll(done, budget, contender);
    // The latch's count-down publishes every tally to this thread.
    return WorkerTally.merge(tallies, System.nanoTime() - start, ProcessCpu.nanos() - cpu);
  }

  private static RunResult runAsync(AsyncContender contender, Workload workload, int concurrency, Budget budget)
      throws InterruptedException {
    List<WorkerTally> tallies = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(concurrency);
    List<Chain> chains = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      WorkerTally tally = new WorkerTally();
      tallies.add(tally);
      chains.add(new Chain(contender, workload, budget, tally, done));
    }
    budget.start();
    long cpu = ProcessCpu.nanos();
    long start = System.nanoTime();
    chains.forEach(Chain::next);
    awaitAll(done, budget, contender);
    return WorkerTally.merge(tallies, System.nanoTime() - start, ProcessCpu.nanos() - cpu);
  }

  private static void awaitAll(CountDownLatch done, Budget budget, Contender contender) throws InterruptedException {
    if (!done.await(budget.patience().toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException(contender.name() + " did not finish its run: calls are stuck");
    }
  }

  /** One async worker: a sequence of calls, each started when the previous one ended. */
  private static final class Chain {
    private final AsyncContender contender;
    private final Workload workload;
    private final Budget budget;
    private final WorkerTally tally;
    private final CountDownLatch done;

    Chain(AsyncContender contender, Workload workload, Budget budget, WorkerTally tally, CountDownLatch done) {
      this.contender = contender;
      this.workload = workload;
      this.budget = budget;
      this.tally = tally;
      this.done = done;
    }

    /** Starts calls until one is still in flight (it then continues the chain) or the budget is spent. */
    void next() {
      while (budget.tryStart()) {
        long start = System.nanoTime();
        Future<?> call;
        try {
          call = contender.call(workload);
        } catch (RuntimeException e) {
          tally.failure(e);
          continue;
        }
        if (!call.isComplete()) {
          call.onComplete(
              result -> {
                record(result.failed() ? result.cause() : null, start);
                next();
              });
          return;
        }
        // Completed already: loop instead of recursing so a burst of instant failures cannot overflow the stack.
        record(call.failed() ? call.cause() : null, start);
      }
      done.countDown();
    }

    private void record(@Nullable Throwable failure, long start) {
      if (failure == null) {
        tally.success(start);
      } else {
        tally.failure(failure);
      }
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
