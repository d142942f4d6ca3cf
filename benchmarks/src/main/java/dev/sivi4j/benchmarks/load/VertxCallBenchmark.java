package dev.sivi4j.benchmarks.load;

import dev.sivi4j.benchmarks.BenchConfig;
import dev.sivi4j.benchmarks.Workload;
import dev.sivi4j.transport.vertx.SiviVertx;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One Vert.x call over loopback, one at a time, against the harness's stub server: the leanest raw Web
 * Client call ({@link LeanVertxContender}) against sivi4j's Vert.x client, both on a {@code Vertx} of
 * one event loop. Its time is a round trip, not CPU; what it is for is {@code -prof gc}'s allocation
 * per call ({@code gc.alloc.rate.norm}, every thread of the JVM, the stub server's share the same for
 * both), the steadiest measure of per-call work on a busy machine. Not final: JMH subclasses it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VertxCallBenchmark {
  /** {@code lean} for the raw Web Client, {@code sivi4j} for sivi4j's Vert.x client. */
  @Param({"lean", "sivi4j"})
  public String contender;

  /** The operation. */
  @Param({"loginUser", "accountAnalysis"})
  public String workload;

  private StubSiviServer server;
  private Vertx vertx;
  private AsyncContender client;
  private Workload operation;

  /** Creates the benchmark; JMH calls {@link #setUp()} before it runs. */
  public VertxCallBenchmark() {
    // JMH needs a public no-argument constructor.
  }

  /**
   * Starts the stub server and the client.
   *
   * @throws Exception if the server does not start
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    server = StubSiviServer.start(1);
    vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    operation = Workload.parse(workload);
    client =
        contender.equals("lean")
            ? new LeanVertxContender("lean-vertx", vertx, server, 4)
            : new SiviVertxContender(SiviVertx.create(vertx, BenchConfig.config(server.baseUrl(), server.apiKey(), 4)));
  }

  /** Stops the client and the server. */
  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    vertx.close().await();
    server.close();
  }

  /**
   * One call, awaited.
   *
   * @return the call's result, so nothing is optimised away
   * @throws Exception if the call fails
   */
  @Benchmark
  public Object call() throws Exception {
    return client.call(operation).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }
}
