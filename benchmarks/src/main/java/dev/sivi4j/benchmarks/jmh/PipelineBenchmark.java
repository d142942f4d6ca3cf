package dev.sivi4j.benchmarks.jmh;

import dev.sivi4j.SiviAsyncClient;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviClients;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.benchmarks.BenchConfig;
import dev.sivi4j.benchmarks.WireSamples;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.error.CodecException;
import dev.sivi4j.json.gson.GsonSiviCodec;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole sivi4j call without the network: the domain call, the pipeline (URL, headers, deadline,
 * attempt, decoding, error mapping) and the Gson codec, over transports that answer from memory. The
 * difference to {@link CodecBenchmark}'s {@code raw*} baselines is what the library costs in CPU and
 * allocation over handling the JSON yourself. Not final: JMH subclasses benchmark classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {
  private SiviClient blocking;
  private SiviAsyncClient async;
  private SiviClient blockingCanned;

  /** Creates the benchmark; JMH calls {@link #setUp()} before it runs. */
  public PipelineBenchmark() {
    // JMH needs a public no-argument constructor.
  }

  /**
   * Builds the clients the way their factories do, on in-memory transports.
   *
   * @throws CodecException never: the canned answers are valid
   */
  @Setup
  public void setUp() throws CodecException {
    SiviConfig config = BenchConfig.config(URI.create("http://127.0.0.1:8080/api/prod/v2"), 64);
    blocking = SiviClients.blocking(config, new InMemoryTransport(), GsonSiviCodec.create());
    async = SiviClients.async(config, new InMemoryAsyncTransport(), GsonSiviCodec.create());
    CannedCodec canned = CannedCodec.ofWireSamples();
    blockingCanned = SiviClients.blocking(config, new InMemoryTransport(), canned);
  }

  /** Closes both clients. */
  @TearDown
  public void tearDown() {
    blocking.close();
    async.close();
    blockingCanned.close();
  }

  /**
   * Blocking login-user with JSON costing nothing: the pipeline's own share of a call.
   *
   * @return the login
   */
  @Benchmark
  public UserLogin pipelineOnlyLoginUser() {
    return blockingCanned.loginUser(LoginUserRequest.of(AbstractUserId.of(WireSamples.USER_ID)));
  }

  /**
   * Blocking account-analysis with JSON costing nothing.
   *
   * @return the analysis
   */
  @Benchmark
  public AccountAnalysis pipelineOnlyAccountAnalysis() {
    return blockingCanned.accountAnalysis(AbstractUserId.of(WireSamples.USER_ID));
  }

  /**
   * Blocking login-user.
   *
   * @return the login
   */
  @Benchmark
  public UserLogin blockingLoginUser() {
    return blocking.loginUser(LoginUserRequest.of(AbstractUserId.of(WireSamples.USER_ID)));
  }

  /**
   * Blocking set-user-credit-limit.
   *
   * @return the user id, so the call is not dead code
   */
  @Benchmark
  public AbstractUserId blockingSetCreditLimit() {
    AbstractUserId id = AbstractUserId.of(WireSamples.USER_ID);
    blocking.setCreditLimit(id, CreditLimit.of(WireSamples.CREDIT_LIMIT));
    return id;
  }

  /**
   * Blocking account-analysis.
   *
   * @return the analysis
   */
  @Benchmark
  public AccountAnalysis blockingAccountAnalysis() {
    return blocking.accountAnalysis(AbstractUserId.of(WireSamples.USER_ID));
  }

  /**
   * Async login-user, joined (the future is already complete when it returns).
   *
   * @return the login
   */
  @Benchmark
  public UserLogin asyncLoginUser() {
    return async.loginUser(LoginUserRequest.of(AbstractUserId.of(WireSamples.USER_ID))).toCompletableFuture().join();
  }

  /**
   * Async set-user-credit-limit.
   *
   * @return the completed future
   */
  @Benchmark
  public CompletableFuture<Void> asyncSetCreditLimit() {
    CompletableFuture<Void> call =
        async.setCreditLimit(AbstractUserId.of(WireSamples.USER_ID), CreditLimit.of(WireSamples.CREDIT_LIMIT))
            .toCompletableFuture();
    call.join();
    return call;
  }

  /**
   * Async account-analysis.
   *
   * @return the analysis
   */
  @Benchmark
  public AccountAnalysis asyncAccountAnalysis() {
    return async.accountAnalysis(AbstractUserId.of(WireSamples.USER_ID)).toCompletableFuture().join();
  }
}
