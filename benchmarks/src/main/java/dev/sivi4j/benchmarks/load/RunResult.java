package dev.sivi4j.benchmarks.load;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One run of one contender.
 *
 * @param completed calls that succeeded
 * @param errors calls that failed
 * @param elapsedNanos from the start of the run until its last call ended
 * @param cpuNanos CPU time the whole process (clients, server, JVM) used during the run
 * @param latencies the latency of every successful call
 * @param firstError what the first failure said, if any failed
 */
record RunResult(
    long completed, long errors, long elapsedNanos, long cpuNanos, Latencies latencies, @Nullable String firstError) {
  RunResult {
    Objects.requireNonNull(latencies, "latencies");
  }
}
