package dev.sivi4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeoutsTest {
  private static final Duration ONE = Duration.ofSeconds(1);

  @Test
  void defaultsAreTheDocumentedLimits() {
    assertThat(Timeouts.defaults())
        .isEqualTo(new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(30)));
  }

  @Test
  void rejectsZeroTimeoutNamingIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Timeouts(Duration.ZERO, ONE, ONE, ONE))
        .withMessage("connect timeout must be positive (was PT0S)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Timeouts.defaults().withPoolAcquire(Duration.ZERO))
        .withMessageStartingWith("poolAcquire timeout must be positive");
  }

  @Test
  void rejectsNegativeTimeoutNamingIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Timeouts.defaults().withPerAttempt(Duration.ofMillis(-1)))
        .withMessage("perAttempt timeout must be positive (was PT-0.001S)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Timeouts.defaults().withWholeCall(Duration.ofSeconds(-30)))
        .withMessageStartingWith("wholeCall timeout must be positive");
  }

  @Test
  void rejectsNullTimeoutNamingIt() {
    assertThatNullPointerException().isThrownBy(() -> new Timeouts(ONE, ONE, ONE, null)).withMessage("wholeCall");
  }

  @Test
  void withersChangeOneTimeoutOnly() {
    Timeouts t = Timeouts.defaults().withConnect(ONE).withPerAttempt(Duration.ofSeconds(2));
    assertThat(t.connect()).isEqualTo(ONE);
    assertThat(t.perAttempt()).isEqualTo(Duration.ofSeconds(2));
    assertThat(t.poolAcquire()).isEqualTo(Duration.ofSeconds(5));
    assertThat(t.wholeCall()).isEqualTo(Duration.ofSeconds(30));
  }
}
