package dev.sivi4j.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import dev.sivi4j.internal.fakes.FakeCodec;
import dev.sivi4j.internal.fakes.Replies;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Full jitter: the wait before retry n is uniform in [0, min(cap, base × 2^(n-1))). */
class BackoffJitterTest {
  private static final int MAX_ATTEMPTS = 10;
  private static final int RETRIES_PER_CALL = MAX_ATTEMPTS - 1;
  private static final int DRAWS = 10_000;

  private static final SiviConfig CONFIG =
      Harness.config()
          .retryPolicy(new RetryPolicy(MAX_ATTEMPTS, Duration.ofMillis(500), Duration.ofSeconds(8), 1_000_000))
          .timeouts(Timeouts.defaults().withWholeCall(Duration.ofMinutes(10)))
          .build();

  /** Runs calls that fail until their last attempt, and returns every wait, by call. */
  private static List<List<Duration>> waitsOfFailingCalls(Driver driver, DoubleSupplier jitter, int calls) {
    Harness harness = new Harness(driver, CONFIG, jitter, new FakeCodec());
    for (int call = 0; call < calls; call++) {
      harness.script.repeat(RETRIES_PER_CALL, Replies.error(503, "busy")).then(Replies.ok());
      harness.run(harness.delete());
    }
    List<Duration> waits = harness.waits();
    assertThat(waits).hasSize(calls * RETRIES_PER_CALL);
    List<List<Duration>> byCall = new ArrayList<>();
    for (int from = 0; from < waits.size(); from += RETRIES_PER_CALL) {
      byCall.add(waits.subList(from, from + RETRIES_PER_CALL));
    }
    return byCall;
  }

  private static long ceilingNanos(int retry) {
    return Math.min(Duration.ofSeconds(8).toNanos(), Duration.ofMillis(500).toNanos() << (retry - 1));
  }

  @Test
  void everyDrawLiesInsideTheCeilingAndTheDrawsFillIt() {
    SplittableRandom random = new SplittableRandom(20_260_115L);
    List<List<Duration>> byCall = waitsOfFailingCalls(Driver.BLOCKING, random::nextDouble, DRAWS / RETRIES_PER_CALL + 1);

    long[] min = new long[MAX_ATTEMPTS];
    long[] max = new long[MAX_ATTEMPTS];
    double[] sum = new double[MAX_ATTEMPTS];
    Arrays.fill(min, Long.MAX_VALUE);
    List<String> outside = new ArrayList<>();
    int draws = 0;
    for (List<Duration> waits : byCall) {
      for (int i = 0; i < waits.size(); i++) {
        int retry = i + 1;
        long wait = waits.get(i).toNanos();
        if (wait < 0 || wait >= ceilingNanos(retry)) {
          outside.add("retry " + retry + " waited " + waits.get(i));
        }
        min[retry] = Math.min(min[retry], wait);
        max[retry] = Math.max(max[retry], wait);
        sum[retry] += wait;
        draws++;
      }
    }
    assertThat(outside).isEmpty();
    assertThat(draws).isGreaterThanOrEqualTo(DRAWS);
    for (int retry = 1; retry < MAX_ATTEMPTS; retry++) {
      double ceiling = ceilingNanos(retry);
      assertThat(min[retry] / ceiling).as("smallest draw, retry %d", retry).isLessThan(0.02);
      assertThat(max[retry] / ceiling).as("largest draw, retry %d", retry).isGreaterThan(0.98);
      assertThat(sum[retry] / byCall.size() / ceiling).as("mean draw, retry %d", retry).isBetween(0.45, 0.55);
    }
  }

  @Test
  void largestJitterStaysBelowTheCeiling() {
    List<Duration> waits = waitsOfFailingCalls(Driver.BLOCKING, () -> Math.nextDown(1.0), 1).get(0);
    for (int i = 0; i < waits.size(); i++) {
      assertThat(waits.get(i).toNanos()).isLessThan(ceilingNanos(i + 1)).isGreaterThan(ceilingNanos(i + 1) - 1_000);
    }
  }

  @Test
  void smallestJitterRetriesAtOnce() {
    assertThat(waitsOfFailingCalls(Driver.BLOCKING, () -> 0.0, 1).get(0)).containsOnly(Duration.ZERO);
  }

  @Test
  void ceilingsDoubleFromTheBaseUpToTheCap() {
    List<Duration> waits = waitsOfFailingCalls(Driver.BLOCKING, () -> 0.5, 1).get(0);
    assertThat(waits)
        .containsExactly(
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(4), Duration.ofSeconds(4), Duration.ofSeconds(4), Duration.ofSeconds(4),
            Duration.ofSeconds(4));
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void bothDriversDrawTheSameWaitsFromTheSameJitter(Driver driver) {
    SplittableRandom reference = new SplittableRandom(7);
    SplittableRandom random = new SplittableRandom(7);
    List<List<Duration>> expected = waitsOfFailingCalls(Driver.BLOCKING, reference::nextDouble, 20);
    assertThat(waitsOfFailingCalls(driver, random::nextDouble, 20)).isEqualTo(expected);
  }
}
