package dev.sivi4j.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetryBudgetTest {
  @Test
  void eachRetryCostsFiveTokens() {
    RetryBudget budget = new RetryBudget(12);
    assertThat(budget.tryAcquireRetry()).isTrue();
    assertThat(budget.tryAcquireRetry()).isTrue();
    assertThat(budget.tryAcquireRetry()).isFalse();
    assertThat(budget.available()).isEqualTo(2);
  }

  @Test
  void successesReturnOneTokenUpToTheCapacity() {
    RetryBudget budget = new RetryBudget(5);
    budget.tryAcquireRetry();
    for (int i = 0; i < 9; i++) {
      budget.onSuccess();
    }
    assertThat(budget.available()).isEqualTo(5);
  }
}
