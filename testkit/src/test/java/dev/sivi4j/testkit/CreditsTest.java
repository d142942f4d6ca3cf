package dev.sivi4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.error.UserNotFoundException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditsTest {
  private static final AbstractUserId USER = AbstractUserId.of("user-1");

  private final FakeSivi fake = FakeSivi.builder().clock(FakeClock.fixedAt(Instant.parse("2026-01-01T00:00:00Z"))).build();
  private final FakeAccount account = fake.createAccount(AccountSpec.of(FakeKeyKind.SUPER_USER).withCreditsPerCycle(100));
  private final SiviClient client = fake.blockingClient(account);

  @Test
  void usageDebitsTheUserAndTheMasterAccount() {
    client.loginUser(LoginUserRequest.of(USER));

    UsageResult result = fake.recordUsage(account, USER, Usage.builder().generatedVariations(7).contentSnippets(2).build());

    assertThat(result.accepted()).isTrue();
    assertThat(fake.user(account, USER)).get().extracting(UserSnapshot::usedCredits).isEqualTo(9L);
    assertThat(fake.creditPool(account).usedCredits()).isEqualTo(9);
    assertThat(fake.creditPool(account).availableCredits()).isEqualTo(91);
  }

  @Test
  void userLimitExhaustedGives429AndDebitsNothing() {
    client.loginUser(LoginUserRequest.of(USER));
    client.setCreditLimit(USER, CreditLimit.of(10));
    fake.recordUsage(account, USER, Usage.generated(8));

    UsageResult refused = fake.recordUsage(account, USER, Usage.generated(3));

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.message()).isEqualTo("Insufficient credit limit");
    assertThat(fake.user(account, USER)).get().satisfies(u -> {
      assertThat(u.usedCredits()).isEqualTo(8);
      assertThat(u.activities()).isEqualTo(1);
    });
    assertThat(fake.creditPool(account).usedCredits()).isEqualTo(8);
    assertThat(fake.recordUsage(account, USER, Usage.generated(2)).accepted()).isTrue();
  }

  @Test
  void masterAccountExhaustedGives429ForEveryUserAndDebitsNothing() {
    AbstractUserId other = AbstractUserId.of("user-2");
    client.loginUser(LoginUserRequest.of(USER));
    client.loginUser(LoginUserRequest.of(other));
    fake.recordUsage(account, USER, Usage.generated(95));

    UsageResult refused = fake.recordUsage(account, other, Usage.generated(6));

    assertThat(refused.status()).isEqualTo(429);
    assertThat(fake.user(account, other)).get().extracting(UserSnapshot::usedCredits).isEqualTo(0L);
    assertThat(fake.creditPool(account).usedCredits()).isEqualTo(95);
  }

  @Test
  void freeActivityIsNeverRefused() {
    client.loginUser(LoginUserRequest.of(USER));
    client.setCreditLimit(USER, CreditLimit.of(1));
    fake.recordUsage(account, USER, Usage.generated(1));

    UsageResult download = fake.recordUsage(account, USER, Usage.builder().downloadedDesigns(4).build());

    assertThat(download.accepted()).isTrue();
  }

  @Test
  void creditsRefillAtTheNextThirtyDayCycle() {
    client.loginUser(LoginUserRequest.of(USER));
    client.setCreditLimit(USER, CreditLimit.of(5));
    fake.recordUsage(account, USER, Usage.generated(5));
    assertThat(fake.recordUsage(account, USER, Usage.generated(1)).status()).isEqualTo(429);

    fake.clock().advance(Duration.ofDays(30));

    assertThat(fake.recordUsage(account, USER, Usage.generated(5)).accepted()).isTrue();
    assertThat(fake.creditPool(account).usedCredits()).isEqualTo(5);
    assertThat(fake.creditPool(account).cycleStart()).isEqualTo(Instant.parse("2026-01-31T00:00:00Z"));
  }

  @Test
  void unlimitedRestoresTheDefault() {
    client.loginUser(LoginUserRequest.of(USER));
    client.setCreditLimit(USER, CreditLimit.of(1));
    client.setCreditLimit(USER, CreditLimit.unlimited());

    assertThat(fake.user(account, USER)).get().extracting(UserSnapshot::creditLimit).isEqualTo(-1L);
    assertThat(fake.recordUsage(account, USER, Usage.generated(50)).accepted()).isTrue();
  }

  @Test
  void settingALimitForAnUnknownUserIsNotFound() {
    assertThatThrownBy(() -> client.setCreditLimit(USER, CreditLimit.of(5)))
        .isInstanceOf(UserNotFoundException.class)
        .hasMessageContaining("User does not exists");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-2", "-100", "1.5", "100.0", "1e2", "\"100\"", "null", "true", "9007199254740992"})
  void rejectsInvalidCreditLimits(String value) {
    client.loginUser(LoginUserRequest.of(USER));

    Raw.Reply reply =
        Raw.inProcess(fake).post("super/set-user-credit-limit", account.secret(),
            "{\"abstractUserId\":\"user-1\",\"creditLimit\":" + value + "}");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.envelope().get("status").getAsInt()).isEqualTo(422);
    assertThat(reply.message()).isEqualTo("Invalid input");
  }

  @Test
  void validatesTheLimitBeforeLookingUpTheUser() {
    Raw.Reply reply =
        Raw.inProcess(fake).post("super/set-user-credit-limit", account.secret(),
            "{\"abstractUserId\":\"nobody\",\"creditLimit\":0}");

    assertThat(reply.status()).isEqualTo(422);
  }

  @Test
  void usageOfAnUnknownUserIsRefused() {
    UsageResult result = fake.recordUsage(account, USER, Usage.generated(1));

    assertThat(result.status()).isEqualTo(400);
    assertThat(result.message()).isEqualTo("User does not exist");
  }

  @Test
  void setCreditLimitAnswersTheDocumentedMessage() {
    client.loginUser(LoginUserRequest.of(USER));

    Raw.Reply reply =
        Raw.inProcess(fake).post("super/set-user-credit-limit", account.secret(), "{\"abstractUserId\":\"user-1\",\"creditLimit\":-1}");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.message()).isEqualTo("Credit limit set successfully.");
  }
}
