package dev.sivi4j.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Runs the harness in smoke mode: a few hundred calls, no timing, only "every call succeeded". */
class LoadHarnessSmokeTest {
  private static final int REQUESTS = 15;

  @Test
  void everyContenderCompletesItsSmokeCallsWithoutErrors() throws Exception {
    HarnessOptions options =
        HarnessOptions.parse(
            new String[] {"--smoke", "--smoke-requests", String.valueOf(REQUESTS), "--concurrency", "1,4"},
            new Properties());
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    HarnessReport report;
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      report = LoadHarness.run(options, out);
    }

    assertThat(report.rows()).hasSize(options.pairs().size() * 2 * 3);
    for (RowResult row : report.rows()) {
      for (ContenderStats stats : new ContenderStats[] {row.raw(), row.sivi()}) {
        assertThat(stats.errors()).as(row.pair() + " " + stats.name() + " errors: " + stats.firstError()).isZero();
        assertThat(stats.completed()).as(row.pair() + " " + stats.name()).isEqualTo(REQUESTS);
      }
    }
    assertThat(report.served()).isEqualTo(report.rows().size() * 2L * REQUESTS);
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("| pair | operation |").contains("0 calls failed");
  }

  @Test
  void leanCarefulAndCalibrationPairsAllCompleteAndTheCalibrationIsPrintedBesideTheRow() throws Exception {
    HarnessOptions options =
        HarnessOptions.parse(
            new String[] {
              "--smoke", "--smoke-requests", "5", "--concurrency", "2", "--workloads", "loginUser",
              "--pairs", "vertx,vertx-aa,vertx-careful,vertx-careful-aa,apache,apache-aa,apache-careful,apache-careful-aa"
            },
            new Properties());
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    HarnessReport report;
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      report = LoadHarness.run(options, out);
    }

    assertThat(report.errors()).isZero();
    assertThat(report.rows()).extracting(RowResult::pair).containsExactlyElementsOf(options.pairs());
    String text = printed.toString(StandardCharsets.UTF_8);
    // The vertx row carries its calibration row's per-round ratios in the last two columns.
    RowResult calibration = report.rows().get(1);
    assertThat(text)
        .containsPattern("\\| vertx \\| loginUser \\| 2 \\|.*\\| "
            + String.format(java.util.Locale.ROOT, "%.3f", calibration.paired().throughput()) + " \\| "
            + String.format(java.util.Locale.ROOT, "%.3f", calibration.paired().p99()) + " \\|")
        .contains("vertx: ")
        .contains("of 1 rows with tput >= 0.97x");
  }

  @Test
  void bothClientsCompleteEveryOperationAgainstTheTestkitFakeServer() throws Exception {
    HarnessOptions options =
        HarnessOptions.parse(
            new String[] {"--smoke", "--smoke-requests", "5", "--concurrency", "2", "--server", "fake"},
            new Properties());

    HarnessReport report;
    try (PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
      report = LoadHarness.run(options, out);
    }

    assertThat(report.errors()).isZero();
    assertThat(report.rows()).hasSize(2 * 3).allSatisfy(row -> {
      assertThat(row.raw().completed()).isEqualTo(5);
      assertThat(row.sivi().completed()).isEqualTo(5);
    });
  }
}
