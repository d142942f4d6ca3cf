package dev.sivi4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {
  @Test
  void defaultsAreThreeAttemptsWithHalfSecondBaseAndEightSecondCap() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertThat(policy.maxAttempts()).isEqualTo(3);
    assertThat(policy.baseDelay()).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.maxDelay()).isEqualTo(Duration.ofSeconds(8));
    assertThat(policy.budgetTokens()).isEqualTo(500);
  }

  @Test
  void noneMakesOneAttempt() {
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource({"1, 500", "2, 1000", "3, 2000", "4, 4000", "5, 8000", "6, 8000", "30, 8000", "1000, 8000"})
  void backoffCeilingDoublesUpToTheCap(int retry, long ceilingMillis) {
    assertThat(RetryPolicy.defaults().backoffCeiling(retry)).isEqualTo(Duration.ofMillis(ceilingMillis));
  }

  @Test
  void backoffCeilingIsZeroWithZeroBase() {
    assertThat(RetryPolicy.none().backoffCeiling(3)).isZero();
  }

  @Test
  void backoffCeilingNeverExceedsAnUnevenCap() {
    RetryPolicy policy = RetryPolicy.defaults().withBackoff(Duration.ofMillis(300), Duration.ofMillis(1000));
    assertThat(policy.backoffCeiling(2)).isEqualTo(Duration.ofMillis(600));
    assertThat(policy.backoffCeiling(3)).isEqualTo(Duration.ofMillis(1000));
  }

  @Test
  void rejectsRetryNumberBelowOne() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RetryPolicy.defaults().backoffCeiling(0))
        .withMessage("retry must be at least 1 (was 0)");
  }

  @Test
  void rejectsZeroAttempts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RetryPolicy.defaults().withMaxAttempts(0))
        .withMessage("maxAttempts must be between 1 and 10 (was 0)");
  }

  @Test
  void rejectsMoreThanTenAttempts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RetryPolicy.defaults().withMaxAttempts(11))
        .withMessage("maxAttempts must be between 1 and 10 (was 11)");
  }

  @Test
  void rejectsNegativeDelays() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RetryPolicy.defaults().withBackoff(Duration.ofMillis(-1), Duration.ofSeconds(1)))
        .withMessage("retry delays must not be negative");
  }

  @Test
  void rejectsCapBelowBase() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RetryPolicy.defaults().withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .withMessage("maxDelay (PT1S) must not be less than baseDelay (PT2S)");
  }

  @Test
  void rejectsNegativeBudget() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RetryPolicy.defaults().withBudgetTokens(-1))
        .withMessage("budgetTokens must not be negative (was -1)");
  }

  @Test
  void rejectsNullDelaysNamingThem() {
    assertThatNullPointerException().isThrownBy(() -> new RetryPolicy(3, null, Duration.ZERO, 0)).withMessage("baseDelay");
    assertThatNullPointerException().isThrownBy(() -> new RetryPolicy(3, Duration.ZERO, null, 0)).withMessage("maxDelay");
  }

  @Test
  void withersChangeOneFieldOnly() {
    RetryPolicy policy = RetryPolicy.defaults().withMaxAttempts(5).withBudgetTokens(0);
    assertThat(policy).isEqualTo(new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(8), 0));
  }
}
