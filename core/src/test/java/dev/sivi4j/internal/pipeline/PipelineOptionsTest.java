package dev.sivi4j.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.CallOptions;
import dev.sivi4j.RateLimit;
import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import dev.sivi4j.error.ServerErrorException;
import dev.sivi4j.error.SiviTimeoutException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.internal.fakes.Replies;
import dev.sivi4j.spi.TransportRequest;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Per-call overrides: other timeouts and retries for one call, the same budget and rate limit. */
class PipelineOptionsTest {
  @ParameterizedTest
  @EnumSource(Driver.class)
  void overriddenTimeoutsApplyToTheCallOnly(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.ok(), Replies.ok());
    Timeouts longer = Timeouts.defaults().withPerAttempt(Duration.ofSeconds(90)).withWholeCall(Duration.ofMinutes(2));

    harness.run(harness.pipeline.withOptions(CallOptions.none().withTimeouts(longer)), harness.delete());
    harness.run(harness.pipeline, harness.delete());

    assertThat(harness.requests())
        .extracting(TransportRequest::timeout)
        .containsExactly(Duration.ofSeconds(90), Duration.ofSeconds(20));
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void longerWholeCallLetsAStallingCallRetry(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.stall(), Replies.stall(), Replies.ok());
    Pipeline patient =
        harness.pipeline.withOptions(CallOptions.none().withTimeouts(Timeouts.defaults().withWholeCall(Duration.ofMinutes(1))));
    assertThat(harness.run(patient, harness.delete())).isEqualTo("Successfully done");
    assertThat(harness.requests()).hasSize(3);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void overriddenRetryPolicyApplies(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.error(503, "busy"));
    Pipeline once = harness.pipeline.withOptions(CallOptions.none().withRetryPolicy(RetryPolicy.none()));
    assertThat(harness.failure(ServerErrorException.class, once, harness.delete()).attempts()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void noOverridesBehaveLikeTheClient(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.error(503, "busy"), Replies.ok());
    harness.run(harness.pipeline.withOptions(CallOptions.none()), harness.delete());
    assertThat(harness.waits()).containsExactly(Duration.ofMillis(250));
    assertThat(harness.requests()).extracting(TransportRequest::timeout).containsOnly(Duration.ofSeconds(20));
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void overridesShareTheRetryBudget(Driver driver) {
    SiviConfig config = Harness.config().retryPolicy(RetryPolicy.defaults().withBudgetTokens(RetryPolicy.RETRY_COST)).build();
    Harness harness = new Harness(driver, config);
    harness.script.repeat(3, Replies.error(503, "down"));
    Pipeline view = harness.pipeline.withOptions(CallOptions.none().withRetryPolicy(RetryPolicy.defaults().withMaxAttempts(5)));

    assertThat(harness.failure(ServerErrorException.class, harness.delete()).attempts()).isEqualTo(2);
    // Five attempts allowed, but the budget the first call drained allows no retry.
    assertThat(harness.failure(ServerErrorException.class, view, harness.delete()).attempts()).isEqualTo(1);
    assertThat(harness.requests()).hasSize(3);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void overridesShareTheRateLimit(Driver driver) {
    SiviConfig config = Harness.config().rateLimit(RateLimit.perMinute(1)).build();
    Harness harness = new Harness(driver, config).replies(Replies.ok());
    harness.run(harness.delete());
    Pipeline view = harness.pipeline.withOptions(CallOptions.none().withRetryPolicy(RetryPolicy.none()));

    SiviTimeoutException error = harness.failure(SiviTimeoutException.class, view, harness.delete());

    assertThat(error.kind()).isEqualTo(TransportErrorKind.CALL_TIMEOUT);
    assertThat(harness.requests()).hasSize(1);
  }
}
