package dev.sivi4j.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {
  @Test
  void percentilesUseTheNearestRank() {
    Latencies latencies = new Latencies(4);
    for (long value = 100; value >= 1; value--) {
      latencies.add(value);
    }
    long[] sorted = latencies.sorted();

    assertThat(Latencies.percentile(sorted, 0.50)).isEqualTo(50);
    assertThat(Latencies.percentile(sorted, 0.99)).isEqualTo(99);
    assertThat(Latencies.percentile(sorted, 1.0)).isEqualTo(100);
  }

  @Test
  void anEmptyRecordingHasZeroPercentiles() {
    assertThat(Latencies.percentile(new Latencies().sorted(), 0.99)).isZero();
  }
}
