package dev.sivi4j.benchmarks.listener;

import dev.sivi4j.benchmarks.Observability;
import dev.sivi4j.benchmarks.jmh.ListenerBenchmark;
import dev.sivi4j.error.CodecException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * CPU time per blocking login-user call through the pipeline (JSON and transport costing nothing, as in
 * {@link ListenerBenchmark}) with each {@link Observability} set-up, in alternating rounds. It reports the
 * calling thread's CPU time (what the call itself costs) and the process's (adding what the back ends'
 * own threads spend, such as the span processor's), each as the median over rounds; the difference from
 * {@code NONE} is what a set-up adds to every call.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.sivi4j.benchmarks.listener.ListenerCpuCost [--calls 2000000] [--rounds 5]
 * </pre>
 */
public final class ListenerCpuCost {
  private static final Logger QUIET = Logger.getLogger("io.opentelemetry.sdk.trace.export.BatchSpanProcessor");

  private ListenerCpuCost() {}

  /**
   * Runs the rounds and prints a Markdown table.
   *
   * @param args {@code --calls n} per round and set-up (default 2,000,000), {@code --rounds n} (default 5)
   * @throws CodecException never: the canned answers are valid
   */
  public static void main(String[] args) throws CodecException {
    int calls = 2_000_000;
    int rounds = 5;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--calls" -> calls = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "; use --calls n, --rounds n");
      }
    }
    if (calls < 1 || rounds < 1) {
      throw new IllegalArgumentException("--calls and --rounds must be at least 1");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    // One thread making spans as fast as it can outruns the batch processor's queue; the SDK then drops
    // spans and logs a line per export, which would bury the table. The dropped spans cost less, not more.
    QUIET.setLevel(Level.OFF);
    Map<Observability, List<double[]>> samples = new EnumMap<>(Observability.class);
    for (int round = 0; round < rounds; round++) {
      for (Observability observability : Observability.values()) {
        samples.computeIfAbsent(observability, o -> new ArrayList<>()).add(measure(observability, calls));
      }
    }
    double baseThread = median(samples.get(Observability.NONE), 0);
    double baseProcess = median(samples.get(Observability.NONE), 1);
    out.println("| observability | thread CPU ns/call | added | process CPU ns/call | added |");
    out.println("|---|--:|--:|--:|--:|");
    for (Observability observability : Observability.values()) {
      double thread = median(samples.get(observability), 0);
      double process = median(samples.get(observability), 1);
      out.printf(Locale.ROOT, "| %s | %.0f | %+.0f | %.0f | %+.0f |%n",
          observability, thread, thread - baseThread, process, process - baseProcess);
    }
  }

  /** One round of one set-up, after as many calls again to warm it: {thread, process} CPU ns per call. */
  private static double[] measure(Observability observability, int calls) throws CodecException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ListenerBenchmark benchmark = new ListenerBenchmark();
    benchmark.observability = observability;
    benchmark.setUp();
    try {
      for (int i = 0; i < calls; i++) {
        benchmark.blockingLoginUser();
      }
      long thread0 = threads.getCurrentThreadCpuTime();
      long process0 = os.getProcessCpuTime();
      for (int i = 0; i < calls; i++) {
        benchmark.blockingLoginUser();
      }
      long process1 = os.getProcessCpuTime();
      long thread1 = threads.getCurrentThreadCpuTime();
      return new double[] {(thread1 - thread0) / (double) calls, (process1 - process0) / (double) calls};
    } finally {
      benchmark.tearDown();
    }
  }

  private static double median(List<double[]> rounds, int column) {
    double[] values = rounds.stream().mapToDouble(r -> r[column]).sorted().toArray();
    int middle = values.length / 2;
    return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  }
}
