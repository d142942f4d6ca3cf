package dev.sivi4j.benchmarks.load;

import dev.sivi4j.benchmarks.Workload;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * How the harness runs. Every option is {@code --name value} (or {@code --name=value}) on the command
 * line or the system property {@code bench.name}; the command line wins.
 *
 * @param duration how long each measured run of one contender lasts
 * @param warmup how long each contender warms up before a row's measured runs
 * @param rounds measured runs per contender per row
 * @param concurrency the concurrencies, one row each
 * @param workloads the operations, one row each
 * @param pairs the client pairs: {@code apache}, {@code vertx} (sivi4j against the leanest raw call),
 *     {@code apache-careful}, {@code vertx-careful} (against a carefully configured raw client), or the
 *     calibration pairs {@code apache-aa}, {@code vertx-aa}, {@code apache-careful-aa} and {@code
 *     vertx-careful-aa} that measure a raw client against a second copy of itself, or the observability
 *     pairs ({@code apache-micrometer} and so on) that measure sivi4j without a call listener against
 *     sivi4j with that adapter
 * @param pool the connection pool size of every client
 * @param serverThreads the stub server's event loops
 * @param smokeRequests calls per run in smoke mode, 0 when measuring by time
 * @param verbose whether every run is printed, not only every row
 * @param server {@code stub} (the harness's fixed-answer server) or {@code fake} (the testkit's)
 * @param clientThreads event loops of the careful and observability pairs' {@code Vertx}, 0 for Vert.x's
 *     default (twice the cores); the lean pairs always run on one
 */
record HarnessOptions(
    Duration duration,
    Duration warmup,
    int rounds,
    List<Integer> concurrency,
    List<Workload> workloads,
    List<String> pairs,
    int pool,
    int serverThreads,
    long smokeRequests,
    boolean verbose,
    String server,
    int clientThreads) {
  static final List<String> KNOWN_PAIRS =
      List.of(
          "apache", "vertx", "apache-aa", "vertx-aa",
          "apache-careful", "vertx-careful", "apache-careful-aa", "vertx-careful-aa",
          "apache-micrometer", "apache-opentelemetry", "vertx-micrometer", "vertx-opentelemetry");

  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "usage: LoadHarness [--duration 1s] [--warmup 2s] [--rounds 16] [--concurrency 1,16,64]",
          "                   [--workloads loginUser,setCreditLimit,accountAnalysis] [--pairs apache,vertx]",
          "                   [--pool N] [--server stub|fake] [--server-threads 1] [--smoke] [--smoke-requests 20]",
          "                   [--client-threads 0] [--verbose]",
          "  every option may also be given as a system property: -Dbench.duration=2s ...",
          "  pairs: apache, vertx (sivi4j against the leanest raw call; Vert.x on one event loop),",
          "         apache-careful, vertx-careful (against a raw client with a careful user's settings),",
          "         the calibration pairs apache-aa, vertx-aa, apache-careful-aa, vertx-careful-aa (raw against raw);",
          "         apache-micrometer, apache-opentelemetry, vertx-micrometer, vertx-opentelemetry",
          "         (sivi4j without observability against sivi4j with that adapter)");

  HarnessOptions {
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(warmup, "warmup");
    concurrency = List.copyOf(concurrency);
    workloads = List.copyOf(workloads);
    pairs = List.copyOf(pairs);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("duration must be positive (was " + duration + ")");
    }
    if (warmup.isNegative()) {
      throw new IllegalArgumentException("warmup must not be negative (was " + warmup + ")");
    }
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1 (was " + rounds + ")");
    }
    if (concurrency.isEmpty() || concurrency.stream().anyMatch(c -> c < 1 || c > 1024)) {
      throw new IllegalArgumentException("concurrency must be a list of numbers from 1 to 1024 (was " + concurrency + ")");
    }
    if (workloads.isEmpty()) {
      throw new IllegalArgumentException("workloads must name at least one operation");
    }
    for (String pair : pairs) {
      if (!KNOWN_PAIRS.contains(pair)) {
        throw new IllegalArgumentException("pairs must be among " + KNOWN_PAIRS + " (was \"" + pair + "\")");
      }
    }
    if (pairs.isEmpty()) {
      throw new IllegalArgumentException("pairs must name at least one pair");
    }
    int largest = Collections.max(concurrency);
    if (pool < largest || pool > 1024) {
      throw new IllegalArgumentException(
          "pool must be at least the largest concurrency (" + largest + ") and at most 1024 (was " + pool + ")");
    }
    if (serverThreads < 1 || serverThreads > 64) {
      throw new IllegalArgumentException("server-threads must be between 1 and 64 (was " + serverThreads + ")");
    }
    if (!server.equals("stub") && !server.equals("fake")) {
      throw new IllegalArgumentException("server must be stub or fake (was \"" + server + "\")");
    }
    if (clientThreads < 0 || clientThreads > 64) {
      throw new IllegalArgumentException("client-threads must be between 0 and 64 (was " + clientThreads + ")");
    }
    if (smokeRequests < 0) {
      throw new IllegalArgumentException("smoke-requests must not be negative (was " + smokeRequests + ")");
    }
  }

  /** Whether runs are counted in calls (smoke) rather than timed. */
  boolean smoke() {
    return smokeRequests > 0;
  }

  /** The budget of one measured run. */
  Budget runBudget() {
    return smoke() ? Budget.ofRequests(smokeRequests) : Budget.of(duration);
  }

  /**
   * Reads the options.
   *
   * @param args the command line
   * @param properties system properties, read for {@code bench.*}
   * @return the options
   * @throws IllegalArgumentException if an option is unknown or malformed
   */
  static HarnessOptions parse(String[] args, Properties properties) {
    Map<String, String> given = new HashMap<>();
    for (String name : properties.stringPropertyNames()) {
      if (name.startsWith("bench.")) {
        given.put(name.substring("bench.".length()), properties.getProperty(name));
      }
    }
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument \"" + arg + "\"");
      }
      String name = arg.substring(2);
      int equals = name.indexOf('=');
      if (equals >= 0) {
        given.put(name.substring(0, equals), name.substring(equals + 1));
      } else if (name.equals("smoke") || name.equals("verbose")) {
        given.put(name, "true");
      } else if (i + 1 < args.length) {
        given.put(name, args[++i]);
      } else {
        throw new IllegalArgumentException("--" + name + " needs a value");
      }
    }
    boolean smoke = Boolean.parseBoolean(given.remove("smoke"));
    boolean verbose = Boolean.parseBoolean(given.remove("verbose"));
    // Many short alternating runs: one run's speed varies by about a fifth from run to run on
    // a small machine, and sixteen 1 s runs per contender average that out where four 2 s runs did not.
    Duration duration = duration(given.remove("duration"), "1s");
    Duration warmup = duration(given.remove("warmup"), smoke ? "0s" : "2s");
    int rounds = number(given.remove("rounds"), smoke ? "1" : "16", "rounds");
    List<Integer> concurrency = new ArrayList<>();
    for (String value : list(given.remove("concurrency"), smoke ? "1,4" : "1,16,64")) {
      concurrency.add(number(value, value, "concurrency"));
    }
    List<Workload> workloads = new ArrayList<>();
    for (String value : list(given.remove("workloads"), "loginUser,setCreditLimit,accountAnalysis")) {
      workloads.add(Workload.parse(value));
    }
    List<String> pairs = list(given.remove("pairs"), "apache,vertx");
    String poolText = given.remove("pool");
    int pool = poolText == null ? Collections.max(concurrency) : number(poolText, poolText, "pool");
    int serverThreads = number(given.remove("server-threads"), "1", "server-threads");
    int clientThreads = number(given.remove("client-threads"), "0", "client-threads");
    String server = given.getOrDefault("server", "stub").trim().toLowerCase(Locale.ROOT);
    given.remove("server");
    long smokeRequests = smoke ? number(given.remove("smoke-requests"), "20", "smoke-requests") : 0;
    given.remove("smoke-requests");
    if (!given.isEmpty()) {
      throw new IllegalArgumentException("unknown option(s) " + given.keySet() + System.lineSeparator() + USAGE);
    }
    return new HarnessOptions(
        duration,
        warmup,
        rounds,
        concurrency,
        workloads,
        pairs,
        pool,
        serverThreads,
        smokeRequests,
        verbose,
        server,
        clientThreads);
  }

  private static List<String> list(@Nullable String value, String fallback) {
    String text = value == null ? fallback : value;
    return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).toList();
  }

  private static int number(@Nullable String value, String fallback, String name) {
    String text = value == null ? fallback : value.trim();
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number (was \"" + text + "\")", e);
    }
  }

  /** {@code 2s}, {@code 500ms}, {@code 1m}, or a bare number of seconds. */
  static Duration duration(@Nullable String value, String fallback) {
    String text = (value == null ? fallback : value).trim().toLowerCase(Locale.ROOT);
    try {
      if (text.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
      }
      if (text.endsWith("s")) {
        return Duration.ofMillis(Math.round(Double.parseDouble(text.substring(0, text.length() - 1)) * 1000));
      }
      if (text.endsWith("m")) {
        return Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
      }
      return Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a duration must look like 2s, 500ms or 1m (was \"" + text + "\")", e);
    }
  }
}
