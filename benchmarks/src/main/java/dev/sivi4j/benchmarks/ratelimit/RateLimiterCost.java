package dev.sivi4j.benchmarks.ratelimit;

import dev.sivi4j.domain.Operation;
import dev.sivi4j.redis.RedisRateLimit;
import dev.sivi4j.spi.RateLimitDecision;
import dev.sivi4j.spi.RateLimitRequest;
import dev.sivi4j.spi.SiviRateLimiter;
import io.lettuce.core.RedisClient;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The cost of one rate-limit permission: {@code acquire} (blocking) and {@code acquireAsync} on the
 * in-JVM limiter and on {@link RedisRateLimit}, at concurrency 1, 16 and 64, every caller asking for
 * the same key (one key per fleet, the case that contends). The rate is set out of reach of the load
 * (the answer is a wait that nobody serves), so each row times the permission alone, not the waiting.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.sivi4j.benchmarks.ratelimit.RateLimiterCost [--seconds 3] [--redis redis://host:port]
 * </pre>
 *
 * Without {@code --redis} it starts {@code redis-server} (the Debian package) on a free loopback port and
 * stops it at the end.
 */
public final class RateLimiterCost {
  private static final int[] CONCURRENCY = {1, 16, 64};

  private RateLimiterCost() {}

  /**
   * Runs every row and prints a Markdown table.
   *
   * @param args {@code --seconds n} per row (default 3), {@code --redis uri} to use a running server
   * @throws Exception if redis-server cannot be started
   */
  public static void main(String[] args) throws Exception {
    int seconds = 3;
    String uri = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seconds" -> seconds = Integer.parseInt(args[++i]);
        case "--redis" -> uri = args[++i];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    LocalRedis local = uri == null ? LocalRedis.start() : null;
    RedisClient client = RedisClient.create(uri != null ? uri : local.uri());
    try (RedisRateLimit redis =
        RedisRateLimit.builder(client).perMinute(100_000).burst(100_000).fleetSize(1).redisTimeout(Duration.ofSeconds(5)).build()) {
      out.println("| limiter | path | conc. | permissions/s | p50 µs | p99 µs |");
      out.println("|---|---|--:|--:|--:|--:|");
      for (int concurrency : CONCURRENCY) {
        row(out, "in-JVM", SiviRateLimiter.inJvm(100_000), concurrency, seconds);
        row(out, "Redis", redis, concurrency, seconds);
      }
      if (redis.usingFallback()) {
        out.println("WARNING: Redis did not answer in time during the run; the Redis rows include fallbacks");
      }
    } finally {
      client.shutdown();
      if (local != null) {
        local.close();
      }
    }
  }

  private static void row(PrintStream out, String name, SiviRateLimiter limiter, int concurrency, int seconds)
      throws InterruptedException {
    for (boolean async : new boolean[] {false, true}) {
      String key = UUID.randomUUID().toString();
      run(limiter, key, async, concurrency, Duration.ofSeconds(1)); // warm-up
      Result result = run(limiter, key, async, concurrency, Duration.ofSeconds(seconds));
      out.printf(Locale.ROOT, "| %s | %s | %d | %.0f | %.1f | %.1f |%n", name, async ? "async" : "blocking", concurrency,
          result.perSecond, result.p50Micros, result.p99Micros);
    }
  }

  private record Result(double perSecond, double p50Micros, double p99Micros) {}

  private static Result run(SiviRateLimiter limiter, String key, boolean async, int concurrency, Duration length)
      throws InterruptedException {
    RateLimitRequest request = new RateLimitRequest(key, Operation.LOGIN_USER, 100, Duration.ofDays(1));
    long end = System.nanoTime() + length.toNanos();
    List<long[]> samples = new ArrayList<>();
    AtomicLong count = new AtomicLong();
    CountDownLatch done = new CountDownLatch(concurrency);
    long start = System.nanoTime();
    for (int c = 0; c < concurrency; c++) {
      long[] latencies = new long[2_000_000];
      samples.add(latencies);
      int[] n = {0};
      if (async) {
        new AsyncCaller(limiter, request, end, latencies, n, count, done).next();
      } else {
        Thread thread = new Thread(() -> {
          while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            limiter.acquire(request);
            record(latencies, n, System.nanoTime() - t0);
            count.incrementAndGet();
          }
          done.countDown();
        });
        thread.setDaemon(true);
        thread.start();
      }
    }
    if (!done.await(length.toSeconds() + 60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("callers did not finish");
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] all = samples.stream().flatMapToLong(s -> Arrays.stream(s).filter(v -> v > 0)).sorted().toArray();
    return new Result(count.get() / elapsed, percentile(all, 0.50) / 1e3, percentile(all, 0.99) / 1e3);
  }

  private static void record(long[] latencies, int[] n, long nanos) {
    if (n[0] < latencies.length) {
      latencies[n[0]++] = Math.max(1, nanos);
    }
  }

  private static double percentile(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))];
  }

  /** One async caller: asks again as soon as its previous permission answers. */
  private record AsyncCaller(
      SiviRateLimiter limiter, RateLimitRequest request, long end, long[] latencies, int[] n, AtomicLong count,
      CountDownLatch done) {
    void next() {
      while (System.nanoTime() < end) {
        long t0 = System.nanoTime();
        CompletableFuture<RateLimitDecision> answer = limiter.acquireAsync(request).toCompletableFuture();
        if (answer.isDone()) {
          // The in-JVM limiter answers at once: loop rather than recurse through the callback.
          record(latencies, n, System.nanoTime() - t0);
          count.incrementAndGet();
          continue;
        }
        answer.whenComplete((decision, error) -> {
          record(latencies, n, System.nanoTime() - t0);
          count.incrementAndGet();
          next();
        });
        return;
      }
      done.countDown();
    }
  }

  /** A redis-server of the benchmark's own on a free loopback port, without persistence. */
  private static final class LocalRedis implements AutoCloseable {
    private final Process process;
    private final int port;

    private LocalRedis(Process process, int port) {
      this.process = process;
      this.port = port;
    }

    static LocalRedis start() throws IOException, InterruptedException {
      int port;
      try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
        port = socket.getLocalPort();
      }
      Process process =
          new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1", "--save", "",
                  "--appendonly", "no", "--loglevel", "warning")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (true) {
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
          socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
          return new LocalRedis(process, port);
        } catch (IOException e) {
          if (System.nanoTime() > deadline || !process.isAlive()) {
            process.destroyForcibly();
            throw new IOException("redis-server did not start on port " + port, e);
          }
          Thread.sleep(20);
        }
      }
    }

    String uri() {
      return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() {
      process.destroy();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
