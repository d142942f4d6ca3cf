package dev.sivi4j.benchmarks.load;

import java.util.Arrays;
import java.util.List;

/**
 * A row's ratios taken round by round: the median, over the rounds, of sivi4j's run of round {@code i}
 * over the raw client's run of the same round. The two runs of a round follow each other within a
 * couple of seconds, so a slow minute of the machine weighs on both, and the median ignores the odd
 * round another process spoiled; the pooled ratios of {@link RowResult} weigh every call equally instead.
 *
 * @param throughput the median per-round throughput ratio, higher is better
 * @param p99 the median per-round p99 ratio, lower is better
 * @param cpu the median per-round CPU-per-call ratio, lower is better
 */
record PairedRatios(double throughput, double p99, double cpu) {
  static PairedRatios of(List<RunResult> raw, List<RunResult> sivi) {
    if (raw.size() != sivi.size()) {
      throw new IllegalArgumentException("every round needs both runs (" + raw.size() + " and " + sivi.size() + ")");
    }
    int rounds = raw.size();
    double[] throughput = new double[rounds];
    double[] p99 = new double[rounds];
    double[] cpu = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      throughput[i] = ratio(throughput(sivi.get(i)), throughput(raw.get(i)));
      p99[i] = ratio(p99(sivi.get(i)), p99(raw.get(i)));
      cpu[i] = ratio(cpuPerCall(sivi.get(i)), cpuPerCall(raw.get(i)));
    }
    return new PairedRatios(median(throughput), median(p99), median(cpu));
  }

  static double median(double[] values) {
    if (values.length == 0) {
      return 0;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static double ratio(double numerator, double denominator) {
    return denominator == 0 ? 0 : numerator / denominator;
  }

  private static double throughput(RunResult run) {
    return run.elapsedNanos() == 0 ? 0 : run.completed() * 1e9 / run.elapsedNanos();
  }

  private static double p99(RunResult run) {
    return Latencies.percentile(run.latencies().sorted(), 0.99);
  }

  private static double cpuPerCall(RunResult run) {
    return run.completed() == 0 ? 0 : (double) run.cpuNanos() / run.completed();
  }
}
