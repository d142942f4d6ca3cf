package dev.sivi4j.benchmarks.coldstart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link ColdStart} in fresh JVMs, with and without {@code warmUp()}, alternating, against one
 * {@link ColdStartServer} in a process of its own, and prints each run's blocked-thread warnings and
 * longest event-loop hold, then a summary per mode.
 *
 * <p>Run it with {@code java -cp benchmarks/target/benchmarks.jar
 * dev.sivi4j.benchmarks.coldstart.ColdStartDriver [--runs 10] [--modes warm,cold] [--jvm-arg -Xint ...]}.
 * It exits with status 1 when a warmed-up run saw a warning.
 */
public final class ColdStartDriver {
  private ColdStartDriver() {}

  /**
   * Runs the cold starts.
   *
   * @param args options
   * @throws Exception if a process cannot start or hangs
   */
  public static void main(String[] args) throws Exception {
    int runs = 10;
    List<String> modes = List.of("warm", "cold");
    List<String> jvmArgs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--modes" -> modes = List.of(args[++i].split(","));
        case "--jvm-arg" -> jvmArgs.add(args[++i]);
        default -> {
          System.err.println("usage: ColdStartDriver [--runs 10] [--modes warm,cold] [--jvm-arg ARG]...");
          System.exit(2);
        }
      }
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    String classPath = System.getProperty("java.class.path");
    Process server =
        new ProcessBuilder(java, "-cp", classPath, ColdStartServer.class.getName())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      BufferedReader serverOut = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String line = serverOut.readLine();
      if (line == null || !line.startsWith("URL ")) {
        throw new IllegalStateException("the server did not start: " + line);
      }
      String[] parts = line.split(" ");
      String url = parts[1];
      String key = parts[3];
      System.out.printf(Locale.ROOT, "cold-start runs: Java %s, %d processors, server %s%n",
          System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), url);
      Map<String, List<Map<String, String>>> results = new LinkedHashMap<>();
      for (String mode : modes) {
        results.put(mode, new ArrayList<>());
      }
      for (int run = 0; run < runs; run++) {
        for (int m = 0; m < modes.size(); m++) {
          // Alternate which mode goes first, so neither always follows the other.
          String mode = modes.get((m + run) % modes.size());
          Map<String, String> result = once(java, classPath, jvmArgs, url, key, mode);
          results.get(mode).add(result);
          System.out.printf(Locale.ROOT, "run %2d %-4s warnings %s (longest warned %s ms), event loop held at most %s ms"
                  + " during warm-up, %s ms during the first calls; warm-up %s ms, first call %s ms, three calls %s ms%s%n",
              run + 1, mode, result.get("warnings"), result.get("maxWarnedMs"), result.get("warmUpHoldMs"),
              result.get("callsHoldMs"), result.get("warmUpMs"), result.get("firstCallMs"), result.get("threeCallsMs"),
              "none".equals(result.get("failure")) ? "" : " FAILED " + result.get("failure"));
        }
      }
      System.out.println();
      System.out.println("| mode | runs | runs with a warning | warnings | longest hold, first calls (ms) | median hold (ms) | longest hold, warm-up (ms) | median first call (ms) |");
      System.out.println("|---|--:|--:|--:|--:|--:|--:|--:|");
      boolean warmWarned = false;
      for (Map.Entry<String, List<Map<String, String>>> entry : results.entrySet()) {
        List<Map<String, String>> list = entry.getValue();
        long withWarning = list.stream().filter(r -> number(r, "warnings") > 0).count();
        long warnings = list.stream().mapToLong(r -> number(r, "warnings")).sum();
        if (entry.getKey().equals("warm") && warnings > 0) {
          warmWarned = true;
        }
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d |%n",
            entry.getKey(), list.size(), withWarning, warnings,
            list.stream().mapToLong(r -> number(r, "callsHoldMs")).max().orElse(0),
            median(list.stream().mapToLong(r -> number(r, "callsHoldMs")).sorted().toArray()),
            list.stream().mapToLong(r -> number(r, "warmUpHoldMs")).max().orElse(0),
            median(list.stream().mapToLong(r -> number(r, "firstCallMs")).sorted().toArray()));
      }
      System.exit(warmWarned ? 1 : 0);
    } finally {
      server.getOutputStream().close();
      if (!server.waitFor(10, TimeUnit.SECONDS)) {
        server.destroy();
      }
    }
  }

  private static Map<String, String> once(
      String java, String classPath, List<String> jvmArgs, String url, String key, String mode)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(classPath);
    command.add(ColdStart.class.getName());
    command.add(url);
    command.add(key);
    command.add(mode);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    Map<String, String> result = new LinkedHashMap<>();
    StringBuilder output = new StringBuilder();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        output.append(line).append(System.lineSeparator());
        if (line.startsWith("RESULT ")) {
          for (String field : line.substring("RESULT ".length()).split(" ")) {
            int equals = field.indexOf('=');
            result.put(field.substring(0, equals), field.substring(equals + 1));
          }
        }
      }
    }
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("a cold start hung:" + System.lineSeparator() + output);
    }
    if (result.isEmpty()) {
      throw new IllegalStateException("a cold start printed no result:" + System.lineSeparator() + output);
    }
    return result;
  }

  private static long number(Map<String, String> result, String field) {
    return Long.parseLong(result.getOrDefault(field, "0"));
  }

  private static long median(long[] sorted) {
    return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
  }
}
