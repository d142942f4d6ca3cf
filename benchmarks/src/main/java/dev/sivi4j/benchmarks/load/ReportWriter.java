package dev.sivi4j.benchmarks.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Prints rows as they come and the final Markdown table that goes into BENCHMARKS.md. */
final class ReportWriter {
  /** The targets for sivi4j against the leanest raw call: throughput at least 0.97x, p99 at most 1.05x. */
  static final double TARGET_THROUGHPUT = 0.97;

  static final double TARGET_P99 = 1.05;

  private final PrintStream out;

  ReportWriter(PrintStream out) {
    this.out = out;
  }

  void header(HarnessOptions options, String server) {
    Runtime runtime = Runtime.getRuntime();
    out.printf(
        Locale.ROOT,
        "sivi4j load harness: Java %s (%s), %d processors, max heap %d MiB%n",
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        runtime.availableProcessors(),
        runtime.maxMemory() >> 20);
    out.printf(
        Locale.ROOT,
        "server %s; pairs %s; workloads %s; concurrency %s; pool %d; %s%n",
        server,
        options.pairs(),
        options.workloads().stream().map(w -> w.displayName()).toList(),
        options.concurrency(),
        options.pool(),
        options.smoke()
            ? "smoke: " + options.smokeRequests() + " calls per run, " + options.rounds() + " round(s)"
            : "runs of " + options.duration().toMillis() + " ms, warm-up " + options.warmup().toMillis() + " ms, "
                + options.rounds() + " measured runs per contender, order swapped each round and row");
  }

  void run(String contender, int round, RunResult run) {
    long[] sorted = run.latencies().sorted();
    out.printf(
        Locale.ROOT,
        "  round %d %-13s %9.0f req/s p50 %8.1f us p99 %8.1f us cpu %6.1f us/call%s%n",
        round,
        contender,
        run.elapsedNanos() == 0 ? 0 : run.completed() * 1e9 / run.elapsedNanos(),
        micros(Latencies.percentile(sorted, 0.50)),
        micros(Latencies.percentile(sorted, 0.99)),
        run.completed() == 0 ? 0 : run.cpuNanos() / 1_000.0 / run.completed(),
        run.errors() == 0 ? "" : " errors " + run.errors());
  }

  void row(RowResult row) {
    out.printf(
        Locale.ROOT,
        "%-9s %-16s c=%-3d %-11s %9.0f req/s p50 %8.1f us p99 %8.1f us cpu %6.1f us"
            + " | %-11s %9.0f req/s p50 %8.1f us p99 %8.1f us cpu %6.1f us | tput x%.3f p99 x%.3f cpu x%.3f"
            + " | per round: tput x%.3f p99 x%.3f cpu x%.3f%s%n",
        row.pair(),
        row.workload().displayName(),
        row.concurrency(),
        row.raw().name(),
        row.raw().throughput(),
        micros(row.raw().p50Nanos()),
        micros(row.raw().p99Nanos()),
        row.raw().cpuMicrosPerCall(),
        row.sivi().name(),
        row.sivi().throughput(),
        micros(row.sivi().p50Nanos()),
        micros(row.sivi().p99Nanos()),
        row.sivi().cpuMicrosPerCall(),
        row.throughputRatio(),
        row.p99Ratio(),
        row.cpuRatio(),
        row.paired().throughput(),
        row.paired().p99(),
        row.paired().cpu(),
        errors(row));
    out.flush();
  }

  /**
   * The final table: the pooled ratios, the median of the per-round ratios, and beside them the
   * per-round ratios of the matching calibration row (the same stack's raw client against itself, same
   * operation and concurrency) when that pair ran too.
   */
  void table(List<RowResult> rows, long served) {
    out.println();
    out.println("| pair | operation | conc. | raw req/s | raw p50 µs | raw p99 µs | raw CPU µs/call | sivi4j req/s"
        + " | sivi4j p50 µs | sivi4j p99 µs | sivi4j CPU µs/call | tput ratio | p99 ratio | CPU ratio"
        + " | tput ratio, per round | p99 ratio, per round | CPU ratio, per round | A/A tput, per round | A/A p99, per round |");
    out.println("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
    for (RowResult row : rows) {
      Optional<RowResult> calibration = calibration(rows, row);
      out.printf(
          Locale.ROOT,
          "| %s | %s | %d | %.0f | %.1f | %.1f | %.1f | %.0f | %.1f | %.1f | %.1f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %s | %s |%n",
          row.pair(),
          row.workload().displayName(),
          row.concurrency(),
          row.raw().throughput(),
          micros(row.raw().p50Nanos()),
          micros(row.raw().p99Nanos()),
          row.raw().cpuMicrosPerCall(),
          row.sivi().throughput(),
          micros(row.sivi().p50Nanos()),
          micros(row.sivi().p99Nanos()),
          row.sivi().cpuMicrosPerCall(),
          row.throughputRatio(),
          row.p99Ratio(),
          row.cpuRatio(),
          row.paired().throughput(),
          row.paired().p99(),
          row.paired().cpu(),
          calibration.map(c -> String.format(Locale.ROOT, "%.3f", c.paired().throughput())).orElse("–"),
          calibration.map(c -> String.format(Locale.ROOT, "%.3f", c.paired().p99())).orElse("–"));
    }
    long errors = rows.stream().mapToLong(r -> r.raw().errors() + r.sivi().errors()).sum();
    out.printf(Locale.ROOT, "%nserver answered %d requests; %d calls failed%n", served, errors);
    summary(rows);
    out.flush();
  }

  /** Per pair: how many rows meet the targets on the per-round ratios, and the spread of those ratios. */
  private void summary(List<RowResult> rows) {
    Map<String, List<RowResult>> byPair = new LinkedHashMap<>();
    for (RowResult row : rows) {
      byPair.computeIfAbsent(row.pair(), ignored -> new ArrayList<>()).add(row);
    }
    for (Map.Entry<String, List<RowResult>> pair : byPair.entrySet()) {
      List<RowResult> pairRows = pair.getValue();
      long within =
          pairRows.stream()
              .filter(r -> r.paired().throughput() >= TARGET_THROUGHPUT && r.paired().p99() <= TARGET_P99)
              .count();
      out.printf(
          Locale.ROOT,
          "%s: %d of %d rows with tput >= %.2fx and p99 <= %.2fx (per-round medians); tput %.3f-%.3f, p99 %.3f-%.3f, cpu %.3f-%.3f%n",
          pair.getKey(),
          within,
          pairRows.size(),
          TARGET_THROUGHPUT,
          TARGET_P99,
          pairRows.stream().mapToDouble(r -> r.paired().throughput()).min().orElse(0),
          pairRows.stream().mapToDouble(r -> r.paired().throughput()).max().orElse(0),
          pairRows.stream().mapToDouble(r -> r.paired().p99()).min().orElse(0),
          pairRows.stream().mapToDouble(r -> r.paired().p99()).max().orElse(0),
          pairRows.stream().mapToDouble(r -> r.paired().cpu()).min().orElse(0),
          pairRows.stream().mapToDouble(r -> r.paired().cpu()).max().orElse(0));
    }
  }

  private static Optional<RowResult> calibration(List<RowResult> rows, RowResult row) {
    if (row.pair().equals(row.calibrationPair())) {
      return Optional.empty();
    }
    return rows.stream()
        .filter(c -> c.pair().equals(row.calibrationPair()))
        .filter(c -> c.workload() == row.workload() && c.concurrency() == row.concurrency())
        .findFirst();
  }

  private static String errors(RowResult row) {
    long errors = row.raw().errors() + row.sivi().errors();
    if (errors == 0) {
      return "";
    }
    String first = row.raw().firstError() != null ? row.raw().firstError() : row.sivi().firstError();
    return " ERRORS " + errors + " (" + first + ")";
  }

  private static double micros(long nanos) {
    return nanos / 1_000.0;
  }
}
