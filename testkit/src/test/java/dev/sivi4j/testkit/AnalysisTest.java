package dev.sivi4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.UsageSummary;
import dev.sivi4j.error.UserNotFoundException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnalysisTest {
  private static final AbstractUserId USER = AbstractUserId.of("user-1");

  private final FakeSivi fake = FakeSivi.builder().clock(FakeClock.fixedAt(Instant.parse("2026-01-10T12:00:00Z"))).build();
  private final FakeAccount account = fake.createAccount(FakeKeyKind.ENTERPRISE_ADMIN);
  private final SiviClient client = fake.blockingClient(account);

  @Test
  void analysisNumbersEqualTheUsageRecorded() {
    client.loginUser(LoginUserRequest.of(USER));
    client.setCreditLimit(USER, CreditLimit.of(100));
    fake.recordUsage(account, USER,
        Usage.builder().generatedVariations(10).editedDesigns(3).downloadedDesigns(2).media(2, 3L << 20).build());
    fake.clock().advance(Duration.ofDays(31));
    fake.recordUsage(account, USER,
        Usage.builder().generatedVariations(5).editedDesigns(1).downloadedDesigns(4).media(1, 1L << 19).build());

    AccountAnalysis analysis = client.accountAnalysis(USER);

    assertThat(analysis.yearly()).usingRecursiveComparison().ignoringFields("mediaSize")
        .isEqualTo(new UsageSummary(15, 4, 6, 3, analysis.yearly().mediaSize()));
    assertThat(analysis.yearly().mediaSize().text()).isEqualTo("3.5Mb");
    assertThat(analysis.monthly()).hasSize(12);
    UsageSummary january = analysis.monthly().get(10);
    UsageSummary february = analysis.monthly().get(11);
    assertThat(january.generatedDesignVariations()).isEqualTo(10);
    assertThat(january.mediaSize().text()).isEqualTo("3Mb");
    assertThat(february.generatedDesignVariations()).isEqualTo(5);
    assertThat(february.mediaSize().text()).isEqualTo("0.5Mb");
    assertThat(analysis.monthly().subList(0, 10)).allSatisfy(m -> assertThat(m.mediaSize().text()).isEqualTo("0Mb"));
    assertThat(analysis.creditBalance().usedCredits()).isEqualTo(5);
    assertThat(analysis.creditBalance().availableCredits()).isEqualTo(95);
    assertThat(analysis.lastAccessed()).contains(Instant.parse("2026-02-10T12:00:00Z"));
  }

  @Test
  void lastAccessedIsTheLastLoginInUnixSeconds() {
    fake.clock().advance(Duration.ofMillis(750));
    client.loginUser(LoginUserRequest.of(USER));

    assertThat(client.accountAnalysis(USER).lastAccessed()).contains(Instant.parse("2026-01-10T12:00:00Z"));
  }

  @Test
  void usageOlderThanTwelveMonthsDropsOutOfTheYear() {
    client.loginUser(LoginUserRequest.of(USER));
    fake.recordUsage(account, USER, Usage.generated(4));
    fake.clock().advance(Duration.ofDays(366));
    fake.recordUsage(account, USER, Usage.generated(1));

    assertThat(client.accountAnalysis(USER).yearly().generatedDesignVariations()).isEqualTo(1);
  }

  @Test
  void availableCreditsAreCappedByTheMasterPool() {
    FakeAccount small = fake.createAccount(AccountSpec.of(FakeKeyKind.ENTERPRISE_ADMIN).withCreditsPerCycle(20));
    try (SiviClient smallClient = fake.blockingClient(small)) {
      smallClient.loginUser(LoginUserRequest.of(USER));
      smallClient.setCreditLimit(USER, CreditLimit.of(500));
      fake.recordUsage(small, USER, Usage.generated(15));

      assertThat(smallClient.accountAnalysis(USER).creditBalance().availableCredits()).isEqualTo(5);
    }
  }

  @Test
  void analysisOfAnUnknownUserIsNotFoundWithItsOwnSpelling() {
    assertThatThrownBy(() -> client.accountAnalysis(USER))
        .isInstanceOf(UserNotFoundException.class)
        .hasMessageContaining("User does not exist");
    Raw.Reply reply = Raw.inProcess(fake).post("enterprise/account-analysis", account.secret(), "{\"abstractUserId\":\"x\"}");
    assertThat(reply.message()).isEqualTo("User does not exist");
  }

  @Test
  void deletedUserHasNoAnalysis() {
    client.loginUser(LoginUserRequest.of(USER));
    client.deleteUser(USER);

    assertThatThrownBy(() -> client.accountAnalysis(USER)).isInstanceOf(UserNotFoundException.class);
  }
}
