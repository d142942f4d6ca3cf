package dev.sivi4j.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairedRatiosTest {
  @Test
  void takesTheMedianOfTheRoundByRoundRatiosSoOneSpoiledRoundDoesNotMoveIt() {
    // sivi4j's runs at 1.00x, 1.02x and, in a round another process spoiled, 0.50x the raw client's.
    List<RunResult> raw = List.of(run(1_000, 1_000), run(1_000, 1_000), run(1_000, 1_000));
    List<RunResult> sivi = List.of(run(1_000, 1_000), run(1_020, 1_000), run(500, 1_000));

    PairedRatios paired = PairedRatios.of(raw, sivi);

    assertThat(paired.throughput()).isEqualTo(1.0);
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(PairedRatios.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    assertThat(PairedRatios.median(new double[0])).isZero();
  }

  @Test
  void ratiosOfCpuAndP99ArePerRoundToo() {
    List<RunResult> raw = List.of(run(100, 1_000, 200, 10), run(100, 1_000, 200, 10));
    List<RunResult> sivi = List.of(run(100, 1_000, 100, 20), run(100, 1_000, 300, 20));

    PairedRatios paired = PairedRatios.of(raw, sivi);

    assertThat(paired.cpu()).isEqualTo(1.0);
    assertThat(paired.p99()).isEqualTo(2.0);
  }

  @Test
  void refusesRoundsWithOneRunMissing() {
    assertThatThrownBy(() -> PairedRatios.of(List.of(run(1, 1)), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static RunResult run(long completed, long elapsedNanos) {
    return run(completed, elapsedNanos, 0, 1);
  }

  private static RunResult run(long completed, long elapsedNanos, long cpuNanos, long latency) {
    Latencies latencies = new Latencies();
    latencies.add(latency);
    return new RunResult(completed, 0, elapsedNanos, cpuNanos, latencies, null);
  }
}
