package dev.sivi4j.benchmarks.load;

import org.jspecify.annotations.Nullable;

/**
 * What one worker (a thread, or a chain of async calls) saw; touched by one call at a time, so it
 * needs no locking.
 */
final class WorkerTally {
  final Latencies latencies = new Latencies();
  long errors;
  @Nullable String firstError;

  void success(long startNanos) {
    latencies.add(System.nanoTime() - startNanos);
  }

  void failure(Throwable error) {
    errors++;
    if (firstError == null) {
      firstError = error.getClass().getSimpleName() + ": " + error.getMessage();
    }
  }

  static RunResult merge(Iterable<WorkerTally> tallies, long elapsedNanos, long cpuNanos) {
    Latencies all = new Latencies();
    long errors = 0;
    String firstError = null;
    for (WorkerTally tally : tallies) {
      all.addAll(tally.latencies);
      errors += tally.errors;
      if (firstError == null) {
        firstError = tally.firstError;
      }
    }
    return new RunResult(all.size(), errors, elapsedNanos, cpuNanos, all, firstError);
  }
}
