package dev.sivi4j.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditLimitTest {
  @Test
  void unlimitedIsSentAsMinusOne() {
    assertThat(CreditLimit.unlimited().wireValue()).isEqualTo(-1);
    assertThat(CreditLimit.unlimited().isUnlimited()).isTrue();
    assertThat(CreditLimit.unlimited()).hasToString("CreditLimit[unlimited]");
  }

  @Test
  void positiveLimitIsSentAsItself() {
    CreditLimit limit = CreditLimit.of(100);
    assertThat(limit.wireValue()).isEqualTo(100);
    assertThat(limit.isUnlimited()).isFalse();
    assertThat(limit).isEqualTo(CreditLimit.of(100)).hasSameHashCodeAs(CreditLimit.of(100)).hasToString("CreditLimit[100]");
  }

  @Test
  void rejectsZeroCreditLimit() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CreditLimit.of(0))
        .withMessage("creditLimit must be a positive number of credits, or CreditLimit.unlimited() (was 0)");
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, -2, -100, Long.MIN_VALUE})
  void rejectsNegativeCreditLimitIncludingMinusOne(long credits) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CreditLimit.of(credits))
        .withMessage("creditLimit must be a positive number of credits, or CreditLimit.unlimited() (was " + credits + ")");
  }

  @Test
  void rejectsLimitBeyondWhatJsonCarriesExactly() {
    assertThat(CreditLimit.of(CreditLimit.MAX_CREDITS).wireValue()).isEqualTo(9_007_199_254_740_991L);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CreditLimit.of(CreditLimit.MAX_CREDITS + 1))
        .withMessage("creditLimit must be at most 9007199254740991 (was 9007199254740992)");
  }

  @Test
  void readsTheWireValue() {
    assertThat(CreditLimit.fromWireValue(-1)).isSameAs(CreditLimit.unlimited());
    assertThat(CreditLimit.fromWireValue(250)).isEqualTo(CreditLimit.of(250));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -2})
  void rejectsWireValuesOtherThanMinusOneOrPositive(long wire) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CreditLimit.fromWireValue(wire))
        .withMessageStartingWith("creditLimit must be a positive number of credits");
  }
}
