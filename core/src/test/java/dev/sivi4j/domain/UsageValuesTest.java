package dev.sivi4j.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Validation of the values account-analysis returns. */
class UsageValuesTest {
  private static final UsageSummary EMPTY = new UsageSummary(0, 0, 0, 0, DataSize.parse("0Mb"));

  @Test
  void rejectsNegativeCountsNamingTheWireField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new UsageSummary(-1, 0, 0, 0, DataSize.parse("0Mb")))
        .withMessage("numberOfGeneratedDesignVariations must not be negative (was -1)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new UsageSummary(0, 0, 0, -3, DataSize.parse("0Mb")))
        .withMessage("numberOfMedia must not be negative (was -3)");
  }

  @Test
  void rejectsMissingMediaSize() {
    assertThatNullPointerException().isThrownBy(() -> new UsageSummary(0, 0, 0, 0, null)).withMessage("mediaSize");
  }

  @Test
  void creditBalancePassesNegativeUsedCreditsThroughLikeNegativeAvailableCredits() {
    CreditBalance balance = new CreditBalance(-3, -1);
    assertThat(balance.availableCredits()).isEqualTo(-3);
    assertThat(balance.usedCredits()).isEqualTo(-1);
  }

  @Test
  void creditBalanceAllowsAnOverdrawnBalance() {
    assertThat(new CreditBalance(-5, 105).availableCredits()).isEqualTo(-5);
  }

  @Test
  void accountAnalysisKeepsMonthsInTheOrderReceivedAndCopiesThem() {
    List<UsageSummary> months = new ArrayList<>(List.of(EMPTY, new UsageSummary(1, 2, 3, 4, DataSize.parse("1Mb"))));
    AccountAnalysis analysis = new AccountAnalysis(EMPTY, months, new CreditBalance(5, 1), Optional.of(Instant.EPOCH));
    months.clear();
    assertThat(analysis.monthly()).hasSize(2).first().isEqualTo(EMPTY);
  }

  @Test
  void accountAnalysisRejectsMissingPartsNamingTheWireField() {
    assertThatNullPointerException()
        .isThrownBy(() -> new AccountAnalysis(null, List.of(), new CreditBalance(0, 0), Optional.empty()))
        .withMessage("yearlyAnalysis");
    assertThatNullPointerException()
        .isThrownBy(() -> new AccountAnalysis(EMPTY, null, new CreditBalance(0, 0), Optional.empty()))
        .withMessage("monthlyAnalysis");
  }

  @Test
  void abstractUserRejectsBlankWorkspace() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new AbstractUser(AbstractUserId.of("u"), ""))
        .withMessage("workspaceId must not be blank");
  }
}
