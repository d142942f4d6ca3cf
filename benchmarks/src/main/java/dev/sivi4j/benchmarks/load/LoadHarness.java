package dev.sivi4j.benchmarks.load;

import dev.sivi4j.benchmarks.Workload;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The side-by-side load harness: starts {@link StubSiviServer} on loopback, then for every
 * client pair, concurrency and operation warms both clients up and measures them in alternating runs
 * (raw then sivi4j, then sivi4j then raw, and so on, so a drift of the machine during the row weighs
 * on both equally), and prints requests per second, p50 and p99 latency and the sivi4j/raw ratios.
 *
 * <p>Run it with {@code java -cp benchmarks/target/benchmarks.jar dev.sivi4j.benchmarks.load.LoadHarness}
 * after {@code mvn -pl benchmarks -am package}; {@code --help} lists the options.
 */
public final class LoadHarness {
  private LoadHarness() {}

  /**
   * Runs the harness and prints its report on standard output.
   *
   * @param args options, see {@code --help}
   * @throws Exception if the server or a client could not start, or a run got stuck
   */
  public static void main(String[] args) throws Exception {
    if (List.of(args).contains("--help")) {
      System.out.println(HarnessOptions.USAGE);
      return;
    }
    HarnessReport report = run(HarnessOptions.parse(args, System.getProperties()), System.out);
    if (report.errors() > 0) {
      System.exit(1);
    }
  }

  /**
   * Runs the harness.
   *
   * @param options how to run
   * @param out where the report goes
   * @return what was measured
   * @throws Exception if the server or a client could not start, or a run got stuck
   */
  static HarnessReport run(HarnessOptions options, PrintStream out) throws Exception {
    ReportWriter writer = new ReportWriter(out);
    List<RowResult> rows = new ArrayList<>();
    try (BenchServer server =
            options.server().equals("fake") ? FakeServerTarget.start() : StubSiviServer.start(options.serverThreads());
        Driver driver = new Driver(options.pool())) {
      writer.header(options, server.describe());
      Vertx clientVertx =
          options.clientThreads() == 0
              ? Vertx.vertx()
              : Vertx.vertx(new VertxOptions().setEventLoopPoolSize(options.clientThreads()));
      // The lean pairs' clients share one event loop, so what a call costs in CPU shows in throughput.
      Vertx leanVertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
      try {
        Contenders contenders = new Contenders(clientVertx, leanVertx, server, options.pool());
        for (String pairName : options.pairs()) {
          try (Pair pair = contenders.pair(pairName)) {
            warmUp(driver, pair, options);
            for (int concurrency : options.concurrency()) {
              for (Workload workload : options.workloads()) {
                RowResult row = row(driver, pair, workload, concurrency, options, writer, rows.size());
                writer.row(row);
                rows.add(row);
              }
            }
          }
        }
      } finally {
        leanVertx.close().await();
        clientVertx.close().await();
      }
      writer.table(rows, server.served());
      return new HarnessReport(rows, server.served());
    }
  }

  private static RowResult row(
      Driver driver, Pair pair, Workload workload, int concurrency, HarnessOptions options, ReportWriter writer, int index)
      throws InterruptedException {
    // Warm up alternating too (A B A B, half the warm-up each), so both end it equally warm.
    if (!options.warmup().isZero()) {
      for (int i = 0; i < 4; i++) {
        driver.run(i % 2 == 0 ? pair.raw() : pair.sivi(), workload, concurrency, Budget.of(options.warmup().dividedBy(2)));
      }
    }
    List<RunResult> raw = new ArrayList<>();
    List<RunResult> sivi = new ArrayList<>();
    for (int round = 0; round < options.rounds(); round++) {
      // Swap who goes first every round (A B, B A, ...) and every row, so neither side always gets the
      // first run after the warm-up and a linear drift of the machine weighs on both equally.
      boolean rawFirst = (round + index) % 2 == 0;
      Contender first = rawFirst ? pair.raw() : pair.sivi();
      Contender second = rawFirst ? pair.sivi() : pair.raw();
      RunResult a = measured(driver, first, workload, concurrency, options);
      RunResult b = measured(driver, second, workload, concurrency, options);
      raw.add(rawFirst ? a : b);
      sivi.add(rawFirst ? b : a);
      if (options.verbose()) {
        writer.run(first.name(), round, a);
        writer.run(second.name(), round, b);
      }
    }
    return new RowResult(
        pair.name(),
        workload,
        concurrency,
        ContenderStats.of(pair.raw().name(), raw),
        ContenderStats.of(pair.sivi().name(), sivi),
        PairedRatios.of(raw, sivi));
  }

  /** Brings both clients of a pair through every operation once, so the first row is not the JIT's. */
  private static void warmUp(Driver driver, Pair pair, HarnessOptions options) throws InterruptedException {
    if (options.warmup().isZero()) {
      return;
    }
    int concurrency = options.concurrency().stream().max(Integer::compare).orElseThrow();
    for (Workload workload : options.workloads()) {
      driver.run(pair.raw(), workload, concurrency, Budget.of(options.warmup()));
      driver.run(pair.sivi(), workload, concurrency, Budget.of(options.warmup()));
    }
  }

  private static RunResult measured(
      Driver driver, Contender contender, Workload workload, int concurrency, HarnessOptions options)
      throws InterruptedException {
    // Start every measured run from a collected heap, so one contender's garbage is not the next one's pause.
    System.gc();
    return driver.run(contender, workload, concurrency, options.runBudget());
  }
}
