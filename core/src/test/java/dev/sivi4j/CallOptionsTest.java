package dev.sivi4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallOptionsTest {
  @Test
  void noneOverridesNothing() {
    assertThat(CallOptions.none().timeouts()).isEmpty();
    assertThat(CallOptions.none().retryPolicy()).isEmpty();
  }

  @Test
  void withersSetOneOverrideAndKeepTheOther() {
    Timeouts longer = Timeouts.defaults().withWholeCall(Duration.ofMinutes(5));
    CallOptions options = CallOptions.none().withTimeouts(longer).withRetryPolicy(RetryPolicy.none());
    assertThat(options.timeouts()).contains(longer);
    assertThat(options.retryPolicy()).contains(RetryPolicy.none());
    assertThat(options.withTimeouts(Timeouts.defaults()).retryPolicy()).contains(RetryPolicy.none());
  }

  @Test
  void rejectsNullOverridesNamingThem() {
    assertThatNullPointerException().isThrownBy(() -> new CallOptions(null, Optional.empty())).withMessage("timeouts");
    assertThatNullPointerException().isThrownBy(() -> new CallOptions(Optional.empty(), null)).withMessage("retryPolicy");
    assertThatNullPointerException().isThrownBy(() -> CallOptions.none().withTimeouts(null));
  }
}
