package dev.sivi4j.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.benchmarks.Workload;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class HarnessOptionsTest {
  @Test
  void defaultsMeasureEveryOperationOnBothStacksAtOneSixteenAndSixtyFourInSixteenShortRuns() {
    HarnessOptions options = HarnessOptions.parse(new String[0], new Properties());

    assertThat(options.concurrency()).containsExactly(1, 16, 64);
    assertThat(options.workloads()).containsExactly(Workload.values());
    assertThat(options.pairs()).containsExactly("apache", "vertx");
    assertThat(options.pool()).isEqualTo(64);
    assertThat(options.smoke()).isFalse();
    assertThat(options.duration()).isEqualTo(Duration.ofSeconds(1));
    assertThat(options.rounds()).isEqualTo(16);
  }

  @Test
  void commandLineWinsOverSystemProperties() {
    Properties properties = new Properties();
    properties.setProperty("bench.rounds", "6");
    properties.setProperty("bench.duration", "3s");

    HarnessOptions options = HarnessOptions.parse(new String[] {"--duration=500ms", "--workloads", "login-user"}, properties);

    assertThat(options.rounds()).isEqualTo(6);
    assertThat(options.duration()).isEqualTo(Duration.ofMillis(500));
    assertThat(options.workloads()).containsExactly(Workload.LOGIN_USER);
  }

  @Test
  void smokeCountsCallsInsteadOfTiming() {
    HarnessOptions options = HarnessOptions.parse(new String[] {"--smoke"}, new Properties());

    assertThat(options.smoke()).isTrue();
    assertThat(options.smokeRequests()).isEqualTo(20);
    assertThat(options.warmup()).isZero();
    assertThat(options.concurrency()).containsExactly(1, 4);
  }

  @Test
  void rejectsAPoolSmallerThanTheConcurrency() {
    assertThatThrownBy(() -> HarnessOptions.parse(new String[] {"--pool", "8", "--concurrency", "16"}, new Properties()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pool");
  }

  @Test
  void rejectsUnknownOptionsAndPairs() {
    assertThatThrownBy(() -> HarnessOptions.parse(new String[] {"--durations", "2s"}, new Properties()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("durations");
    assertThatThrownBy(() -> HarnessOptions.parse(new String[] {"--pairs", "okhttp"}, new Properties()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("okhttp");
  }

  @Test
  void acceptsOnlyTheStubOrTheFakeAsServer() {
    assertThat(HarnessOptions.parse(new String[] {"--server", "FAKE"}, new Properties()).server()).isEqualTo("fake");
    assertThatThrownBy(() -> HarnessOptions.parse(new String[] {"--server", "real"}, new Properties()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("server must be stub or fake");
  }

  @Test
  void readsDurationsInSecondsMillisecondsAndMinutes() {
    assertThat(HarnessOptions.duration("1.5s", "2s")).isEqualTo(Duration.ofMillis(1500));
    assertThat(HarnessOptions.duration("250ms", "2s")).isEqualTo(Duration.ofMillis(250));
    assertThat(HarnessOptions.duration("1m", "2s")).isEqualTo(Duration.ofMinutes(1));
    assertThat(HarnessOptions.duration(null, "3")).isEqualTo(Duration.ofSeconds(3));
  }
}
