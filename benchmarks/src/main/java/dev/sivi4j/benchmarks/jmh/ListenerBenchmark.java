package dev.sivi4j.benchmarks.jmh;

import dev.sivi4j.SiviAsyncClient;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviClients;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.benchmarks.BenchConfig;
import dev.sivi4j.benchmarks.Observability;
import dev.sivi4j.benchmarks.WireSamples;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.error.CodecException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * What the call listener port costs per call: the pipeline alone (JSON costing nothing, as in {@link
 * PipelineBenchmark}'s {@code pipelineOnly*}) without a listener, with one that ignores every event, and
 * with each adapter on its back end. With {@code -prof gc}, {@code NONE} against {@link
 * PipelineBenchmark#pipelineOnlyLoginUser()} before the port existed shows what the port adds when no
 * listener is set. Not final: JMH subclasses benchmark classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ListenerBenchmark {
  /** The observability set-up. */
  @Param({"NONE", "NOOP", "MICROMETER", "OPENTELEMETRY"})
  public Observability observability;

  private SiviClient blocking;
  private SiviAsyncClient async;

  /** Creates the benchmark; JMH calls {@link #setUp()} before it runs. */
  public ListenerBenchmark() {
    // JMH needs a public no-argument constructor.
  }

  /**
   * Builds the clients over canned JSON and in-memory transports, with the set-up's listeners.
   *
   * @throws CodecException never: the canned answers are valid
   */
  @Setup
  public void setUp() throws CodecException {
    SiviConfig config =
        BenchConfig.config(URI.create("http://127.0.0.1:8080/api/prod/v2"), 64).toBuilder()
            .callListeners(observability.listeners())
            .build();
    CannedCodec canned = CannedCodec.ofWireSamples();
    blocking = SiviClients.blocking(config, new InMemoryTransport(), canned);
    async = SiviClients.async(config, new InMemoryAsyncTransport(), canned);
  }

  /** Closes the clients. */
  @TearDown
  public void tearDown() {
    blocking.close();
    async.close();
  }

  /**
   * Blocking login-user, the pipeline's share only.
   *
   * @return the login
   */
  @Benchmark
  public UserLogin blockingLoginUser() {
    return blocking.loginUser(LoginUserRequest.of(AbstractUserId.of(WireSamples.USER_ID)));
  }

  /**
   * Async login-user, the pipeline's share only (the future is complete when it returns).
   *
   * @return the login
   */
  @Benchmark
  public UserLogin asyncLoginUser() {
    return async.loginUser(LoginUserRequest.of(AbstractUserId.of(WireSamples.USER_ID))).toCompletableFuture().join();
  }
}
