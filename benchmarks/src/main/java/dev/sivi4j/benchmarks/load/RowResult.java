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
 * @param paired the ratios taken round by round, their median over the rounds
 */
record RowResult(
    String pair, Workload workload, int concurrency, ContenderStats raw, ContenderStats sivi, PairedRatios paired) {
  RowResult {
    Objects.requireNonNull(paired, "paired");
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(workload, "workload");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(sivi, "sivi");
  }

  /** The calibration pair that measures this row's raw client against itself: {@code vertx-aa} for {@code vertx}. */
  String calibrationPair() {
    return pair.endsWith("-aa") ? pair : pair + "-aa";
  }

  /** sivi4j's throughput over the raw client's, every call of every round pooled: 1.0 is parity, higher is better. */
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
