package dev.sivi4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.error.RateLimitedException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitTest {
  private static final String LOGIN = "{\"abstractUserId\":\"user-1\"}";

  private final FakeSivi fake = FakeSivi.builder().clock(FakeClock.fixedAt(Instant.parse("2026-01-01T00:00:00Z"))).build();

  private int successes(FakeAccount account, String path, int attempts) {
    Raw raw = Raw.inProcess(fake);
    int ok = 0;
    for (int i = 0; i < attempts; i++) {
      if (raw.post(path, account.secret(), LOGIN).status() != 429) {
        ok++;
      }
    }
    return ok;
  }

  @Test
  void superUserKeysGetAHundredRequestsAMinute() {
    FakeAccount account = fake.createAccount(FakeKeyKind.SUPER_USER);

    assertThat(successes(account, "super/login-user", 150)).isEqualTo(100);
    Raw.Reply refused = Raw.inProcess(fake).post("super/login-user", account.secret(), LOGIN);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.message()).isEqualTo("Rate limit exceeded. Please try again later.");
    assertThat(refused.response().header("retry-after")).isEmpty();
  }

  @Test
  void generalKeysGetFiftyRequestsAMinuteEvenWhenRefused() {
    FakeAccount account = fake.createAccount(FakeKeyKind.GENERAL);

    assertThat(successes(account, "general/login-user", 80)).isEqualTo(50);
  }

  @Test
  void enterpriseKeysGetAHundredByDefaultOrTheirOwnLimit() {
    FakeAccount standard = fake.createAccount(FakeKeyKind.ENTERPRISE_ADMIN);
    FakeAccount custom = fake.createAccount(AccountSpec.of(FakeKeyKind.ENTERPRISE_ADMIN).withRequestsPerMinute(7));

    assertThat(successes(standard, "enterprise/login-user", 120)).isEqualTo(100);
    assertThat(successes(custom, "enterprise/login-user", 20)).isEqualTo(7);
  }

  @Test
  void bucketsRefillContinuouslyOnTheClock() {
    FakeAccount account = fake.createAccount(FakeKeyKind.SUPER_USER);
    successes(account, "super/login-user", 100);

    fake.clock().advance(Duration.ofMillis(599));
    assertThat(successes(account, "super/login-user", 1)).isZero();
    fake.clock().advance(Duration.ofMillis(1));
    assertThat(successes(account, "super/login-user", 5)).isEqualTo(1);
    fake.clock().advance(Duration.ofMinutes(5));
    assertThat(successes(account, "super/login-user", 150)).isEqualTo(100);
  }

  @Test
  void eachKeyHasItsOwnBucket() {
    FakeAccount first = fake.createAccount(FakeKeyKind.SUPER_USER);
    FakeAccount second = fake.createAccount(FakeKeyKind.SUPER_USER);
    successes(first, "super/login-user", 100);

    assertThat(successes(second, "super/login-user", 1)).isEqualTo(1);
  }

  @Test
  void unauthenticatedRequestsDoNotCount() {
    FakeAccount account = fake.createAccount(FakeKeyKind.SUPER_USER);
    Raw raw = Raw.inProcess(fake);
    for (int i = 0; i < 200; i++) {
      assertThat(raw.post("super/login-user", "unknown-key", LOGIN).status()).isEqualTo(401);
    }

    assertThat(successes(account, "super/login-user", 100)).isEqualTo(100);
  }

  @Test
  void canBeSwitchedOff() {
    FakeAccount account = fake.createAccount(FakeKeyKind.SUPER_USER);
    fake.rateLimiting(false);

    assertThat(successes(account, "super/login-user", 300)).isEqualTo(300);
    assertThat(FakeSivi.builder().rateLimiting(false).build()).isNotNull();
  }

  @Test
  void clientSeesRateLimitedAfterItsRetries() {
    FakeAccount account = fake.createAccount(AccountSpec.of(FakeKeyKind.SUPER_USER).withRequestsPerMinute(1));
    SiviClient client = fake.blockingClient(account, b -> b.retryPolicy(RetryPolicy.defaults().withMaxAttempts(2)));
    client.loginUser(LoginUserRequest.of(AbstractUserId.of("u")));

    assertThatThrownBy(() -> client.loginUser(LoginUserRequest.of(AbstractUserId.of("u"))))
        .isInstanceOf(RateLimitedException.class)
        .satisfies(e -> assertThat(((RateLimitedException) e).attempts()).isEqualTo(2));
  }
}
