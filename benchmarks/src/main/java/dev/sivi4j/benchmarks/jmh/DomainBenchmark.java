package dev.sivi4j.benchmarks.jmh;

import dev.sivi4j.benchmarks.WireSamples;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.DataSize;
import dev.sivi4j.domain.LoginUserRequest;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The validated domain values a call builds and reads, which a raw client never pays for: the
 * arguments an application passes and the {@code mediaSize} parse done twice per account analysis.
 * Not final: JMH subclasses benchmark classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DomainBenchmark {
  private String userId = WireSamples.USER_ID;
  private String mediaSize = "25Mb";

  /** Creates the benchmark. */
  public DomainBenchmark() {
    // JMH needs a public no-argument constructor.
  }

  /**
   * A validated user id.
   *
   * @return the id
   */
  @Benchmark
  public AbstractUserId abstractUserIdOf() {
    return AbstractUserId.of(userId);
  }

  /**
   * The argument of a plain loginUser call.
   *
   * @return the request
   */
  @Benchmark
  public LoginUserRequest loginUserRequestOf() {
    return LoginUserRequest.of(AbstractUserId.of(userId));
  }

  /**
   * A credit limit.
   *
   * @return the limit
   */
  @Benchmark
  public CreditLimit creditLimitOf() {
    return CreditLimit.of(WireSamples.CREDIT_LIMIT);
  }

  /**
   * {@code "25Mb"} into a size, as the codec does for every usage summary.
   *
   * @return the size
   */
  @Benchmark
  public DataSize dataSizeParse() {
    return DataSize.parse(mediaSize);
  }
}
