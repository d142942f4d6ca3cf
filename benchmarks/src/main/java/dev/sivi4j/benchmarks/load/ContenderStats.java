package dev.sivi4j.benchmarks.load;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One contender's measured runs of one row, added up.
 *
 * @param name the contender
 * @param completed successful calls
 * @param errors failed calls
 * @param elapsedNanos the measured runs' time, added up
 * @param cpuNanos the process CPU time of the measured runs, added up
 * @param p50Nanos the median latency of the successful calls
 * @param p99Nanos the 99th percentile latency
 * @param firstError what the first failure said, if any failed
 */
record ContenderStats(
    String name,
    long completed,
    long errors,
    long elapsedNanos,
    long cpuNanos,
    long p50Nanos,
    long p99Nanos,
    @Nullable String firstError) {
  ContenderStats {
    Objects.requireNonNull(name, "name");
  }

  static ContenderStats of(String name, List<RunResult> runs) {
    Latencies all = new Latencies();
    long completed = 0;
    long errors = 0;
    long elapsed = 0;
    long cpu = 0;
    String firstError = null;
    for (RunResult run : runs) {
      all.addAll(run.latencies());
      completed += run.completed();
      errors += run.errors();
      elapsed += run.elapsedNanos();
      cpu += run.cpuNanos();
      if (firstError == null) {
        firstError = run.firstError();
      }
    }
    long[] sorted = all.sorted();
    return new ContenderStats(
        name,
        completed,
        errors,
        elapsed,
        cpu,
        Latencies.percentile(sorted, 0.50),
        Latencies.percentile(sorted, 0.99),
        firstError);
  }

  /** Process CPU microseconds per successful call (server and JVM included). */
  double cpuMicrosPerCall() {
    return completed == 0 ? 0 : cpuNanos / 1_000.0 / completed;
  }

  /** Successful calls per second over the measured runs. */
  double throughput() {
    return elapsedNanos == 0 ? 0 : completed * 1e9 / elapsedNanos;
  }
}
