package dev.sivi4j.benchmarks.coldstart;

import dev.sivi4j.benchmarks.BenchConfig;
import dev.sivi4j.benchmarks.WireSamples;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.transport.vertx.SiviVertx;
import dev.sivi4j.transport.vertx.VertxSiviClient;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One cold start, meant to run in a fresh JVM: creates a {@code Vertx} with one event loop and the
 * blocked-thread checker at 100 ms, creates sivi4j's Vert.x client, optionally warms it up, then makes
 * the first call of each of loginUser, setCreditLimit and accountAnalysis on the event loop, one after
 * the other. It counts Vert.x's blocked-thread warnings (read from its logger, routed to
 * java.util.logging) and measures how long the event loop was held at most, by a probe thread that
 * keeps one tiny task queued on it at a time. It prints one line, {@code RESULT warm=... warnings=...
 * ...}, which {@link ColdStartDriver} reads.
 *
 * <p>Arguments: the server's base URL, its API key, and {@code warm} or {@code cold}.
 */
public final class ColdStart {
  private static final Pattern BLOCKED = Pattern.compile("has been blocked for (\\d+) ms");
  /**
   * The blocked-thread checker's interval and limit. The system property {@code coldstart.limitMillis}
   * raises it only to record a class-loading log without the warnings' own logging classes in it.
   */
  private static final long LIMIT_MILLIS = Long.getLong("coldstart.limitMillis", 100);

  private ColdStart() {}

  /**
   * Runs one cold start.
   *
   * @param args base URL, API key, {@code warm} or {@code cold}
   * @throws Exception if a call fails or hangs
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 3 || !(args[2].equals("warm") || args[2].equals("cold"))) {
      System.err.println("usage: ColdStart <base url> <api key> warm|cold");
      System.exit(2);
    }
    long jvmStart = System.nanoTime();
    // Vert.x logs through SLF4J when it finds it (the benchmarks jar carries SLF4J's no-op binding), so
    // send it to java.util.logging, where the warnings can be counted.
    System.setProperty("vertx.logger-delegate-factory-class-name", "io.vertx.core.logging.JULLogDelegateFactory");
    Warnings warnings = new Warnings();
    Logger.getLogger("").addHandler(warnings);
    URI baseUrl = URI.create(args[0]);
    String apiKey = args[1];
    boolean warm = args[2].equals("warm");

    Vertx vertx =
        Vertx.vertx(
            new VertxOptions()
                .setEventLoopPoolSize(1)
                .setBlockedThreadCheckInterval(LIMIT_MILLIS)
                .setBlockedThreadCheckIntervalUnit(TimeUnit.MILLISECONDS)
                .setMaxEventLoopExecuteTime(LIMIT_MILLIS)
                .setMaxEventLoopExecuteTimeUnit(TimeUnit.MILLISECONDS));
    Context loop = vertx.getOrCreateContext();
    HoldProbe probe = new HoldProbe(loop);
    probe.start();
    Thread.sleep(200);

    long created = System.nanoTime();
    VertxSiviClient client = SiviVertx.create(vertx, BenchConfig.config(baseUrl, apiKey, 4));
    long createMillis = millis(System.nanoTime() - created);

    long warmUpMillis = 0;
    long warmUpHold = 0;
    if (warm) {
      probe.reset();
      long start = System.nanoTime();
      client.warmUp().await();
      warmUpMillis = millis(System.nanoTime() - start);
      warmUpHold = probe.reset();
    }

    probe.reset();
    // Loaded here and below only so that a -Xlog:class+load log of this run shows where the first calls
    // begin and end (how first-call-classes.txt is made; see BENCHMARKS.md).
    FirstCallsBegin.mark();
    long start = System.nanoTime();
    CompletableFuture<Long> firstCall = new CompletableFuture<>();
    AbstractUserId user = AbstractUserId.of(WireSamples.USER_ID);
    loop.runOnContext(
        ignored -> {
          long callStart = System.nanoTime();
          Future<?> calls =
              client
                  .loginUser(LoginUserRequest.of(user))
                  .onSuccess(login -> firstCall.complete(System.nanoTime() - callStart))
                  .compose(login -> client.setCreditLimit(user, CreditLimit.of(WireSamples.CREDIT_LIMIT)))
                  .compose(done -> client.accountAnalysis(user));
          calls.onComplete(
              outcome -> {
                if (outcome.failed()) {
                  firstCall.completeExceptionally(outcome.cause());
                }
                probe.callsDone(outcome.failed() ? outcome.cause() : null);
              });
        });
    long firstCallMillis = millis(firstCall.get(60, TimeUnit.SECONDS));
    @Nullable Throwable failure = probe.awaitCalls();
    long callsMillis = millis(System.nanoTime() - start);
    FirstCallsEnd.mark();
    // Give the checker, which looks every 100 ms, the time to report a hold that ended just now.
    Thread.sleep(Math.min(3 * LIMIT_MILLIS, 1_000));
    long callsHold = probe.reset();
    probe.stop();
    client.close();
    vertx.close().await();

    System.out.printf(
        Locale.ROOT,
        "RESULT warm=%s warnings=%d maxWarnedMs=%d warmUpHoldMs=%d callsHoldMs=%d createMs=%d warmUpMs=%d"
            + " firstCallMs=%d threeCallsMs=%d jvmToDoneMs=%d failure=%s%n",
        warm,
        warnings.count(),
        warnings.maxMillis(),
        warmUpHold,
        callsHold,
        createMillis,
        warmUpMillis,
        firstCallMillis,
        callsMillis,
        millis(System.nanoTime() - jvmStart),
        failure == null ? "none" : failure.toString().replace(' ', '_'));
    System.out.flush();
    System.exit(failure == null ? 0 : 1);
  }

  /** Marks, in a class-loading log, where the first calls begin. */
  static final class FirstCallsBegin {
    private FirstCallsBegin() {}

    static void mark() {}
  }

  /** Marks, in a class-loading log, where the first calls end. */
  static final class FirstCallsEnd {
    private FirstCallsEnd() {}

    static void mark() {}
  }

  private static long millis(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }

  /** Counts Vert.x's blocked-thread warnings and remembers the longest block one reported. */
  private static final class Warnings extends Handler {
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicLong maxMillis = new AtomicLong();

    @Override
    public void publish(LogRecord record) {
      String message = record.getMessage();
      if (record.getLevel().intValue() < Level.WARNING.intValue() || message == null) {
        return;
      }
      Matcher matcher = BLOCKED.matcher(message);
      if (matcher.find()) {
        count.incrementAndGet();
        maxMillis.accumulateAndGet(Long.parseLong(matcher.group(1)), Math::max);
      }
    }

    int count() {
      return count.get();
    }

    long maxMillis() {
      return maxMillis.get();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /**
   * Measures how long the event loop is held: a thread keeps one task queued on the loop at a time and
   * records how long each took to run; a task waits exactly as long as whatever holds the loop.
   */
  private static final class HoldProbe implements Runnable {
    private final Context loop;
    private final Thread thread;
    private final AtomicLong maxNanos = new AtomicLong();
    private final CompletableFuture<@Nullable Throwable> calls = new CompletableFuture<>();
    private volatile boolean running = true;

    HoldProbe(Context loop) {
      this.loop = loop;
      this.thread = new Thread(this, "hold-probe");
      thread.setDaemon(true);
    }

    void start() {
      thread.start();
    }

    @Override
    public void run() {
      while (running) {
        CompletableFuture<Void> ran = new CompletableFuture<>();
        long sent = System.nanoTime();
        loop.runOnContext(ignored -> ran.complete(null));
        try {
          ran.get(30, TimeUnit.SECONDS);
          long waited = System.nanoTime() - sent;
          maxNanos.accumulateAndGet(waited, Math::max);
          Thread.sleep(1);
        } catch (InterruptedException e) {
          return;
        } catch (Exception e) {
          maxNanos.accumulateAndGet(TimeUnit.SECONDS.toNanos(30), Math::max);
        }
      }
    }

    /** The longest hold since the last reset, in milliseconds. */
    long reset() {
      return millis(maxNanos.getAndSet(0));
    }

    void callsDone(@Nullable Throwable failure) {
      calls.complete(failure);
    }

    @Nullable Throwable awaitCalls() throws Exception {
      return calls.get(60, TimeUnit.SECONDS);
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join(1_000);
    }
  }
}
