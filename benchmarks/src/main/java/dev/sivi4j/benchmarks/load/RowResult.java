package dev.sivi4j.benchmarks.load;

import dev.sivi4j.benchmarks.Workload;
import java.util.Objects;

/**
 * One row of the report: a pair of clients on one operation at one concurrency.
 *
 * @param pair the pair's name
 * @param workload the operation
 * @param concurrency calls in flight
 * @param raw the raw client
 * @param sivi the sivi4j client (or the second raw copy in a calibration pair)
 */
record RowResult(String pair, Workload workload, int concurrency, ContenderStats raw, ContenderStats sivi) {
  RowResult {
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(workload, "workload");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(sivi, "sivi");
  }

  /** sivi4j's throughput over the raw client's: 1.0 is parity, higher is better. */
  double throughputRatio() {
    return raw.throughput() == 0 ? 0 : sivi.throughput() / raw.throughput();
  }

  /** sivi4j's process CPU per call over the raw client's: 1.0 is parity, lower is better. */
  double cpuRatio() {
    return raw.cpuMicrosPerCall() == 0 ? 0 : sivi.cpuMicrosPerCall() / raw.cpuMicrosPerCall();
  }

  /** sivi4j's p99 latency over the raw client's: 1.0 is parity, lower is better. */
  double p99Ratio() {
    return raw.p99Nanos() == 0 ? 0 : (double) sivi.p99Nanos() / raw.p99Nanos();
  }
}
