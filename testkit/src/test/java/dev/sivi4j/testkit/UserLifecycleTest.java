package dev.sivi4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.error.UserNotFoundException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserLifecycleTest {
  private static final AbstractUserId USER = AbstractUserId.of("user-12345");

  private final FakeSivi fake = FakeSivi.builder().clock(FakeClock.fixedAt(Instant.parse("2026-03-01T10:00:00Z"))).build();
  private final FakeAccount account = fake.createAccount(FakeKeyKind.SUPER_USER);
  private final SiviClient client = fake.blockingClient(account);

  @Test
  void loginCreatesTheUserThenLogsItInWithFreshTokens() {
    UserLogin first = client.loginUser(LoginUserRequest.of(USER));
    UserLogin second = client.loginUser(LoginUserRequest.of(USER));

    assertThat(second.user().workspaceId()).isEqualTo(first.user().workspaceId());
    assertThat(second.tokens().accessToken()).isNotEqualTo(first.tokens().accessToken());
    assertThat(second.tokens().refreshToken()).isNotEqualTo(first.tokens().refreshToken());
    assertThat(fake.user(account, USER)).get().extracting(UserSnapshot::workspaceId).isEqualTo(first.user().workspaceId());
  }

  @Test
  void accessTokenExpiresAfterAnHour() {
    String token = client.loginUser(LoginUserRequest.of(USER)).tokens().accessToken();

    fake.clock().advance(Duration.ofMinutes(59));
    assertThat(fake.accessTokenActive(token)).isTrue();
    fake.clock().advance(Duration.ofMinutes(1));
    assertThat(fake.accessTokenActive(token)).isFalse();
  }

  @Test
  void deletedUserIsReactivatableOnDay14AndGoneOnDay15() {
    client.loginUser(LoginUserRequest.of(USER));
    client.deleteUser(USER);

    fake.clock().advance(Duration.ofDays(14).plusHours(23).plusMinutes(59));
    client.reactivateUser(USER);
    assertThat(fake.user(account, USER)).get().extracting(UserSnapshot::deleted).isEqualTo(false);

    client.deleteUser(USER);
    fake.clock().advance(Duration.ofDays(15));
    assertThat(fake.user(account, USER)).isEmpty();
    assertThatThrownBy(() -> client.reactivateUser(USER))
        .isInstanceOf(UserNotFoundException.class)
        .hasMessageContaining("User does not exists");
  }

  @Test
  void userDeletedOnDayZeroIsGoneExactlyFifteenDaysLater() {
    client.loginUser(LoginUserRequest.of(USER));
    client.deleteUser(USER);
    Instant deletedAt = fake.clock().instant();

    assertThat(fake.user(account, USER)).get()
        .satisfies(u -> assertThat(u.purgeAt()).contains(deletedAt.plus(Duration.ofDays(15))));
    fake.clock().advance(Duration.ofDays(15).minusNanos(1));
    assertThat(fake.user(account, USER)).isPresent();
    fake.clock().advance(Duration.ofNanos(1));
    assertThat(fake.user(account, USER)).isEmpty();
  }

  @Test
  void reactivatedUserKeepsItsWorkspace() {
    String workspace = client.loginUser(LoginUserRequest.of(USER)).user().workspaceId();
    client.deleteUser(USER);
    fake.clock().advance(Duration.ofDays(3));
    client.reactivateUser(USER);

    assertThat(client.loginUser(LoginUserRequest.of(USER)).user().workspaceId()).isEqualTo(workspace);
  }

  @Test
  void deletedUserCannotLogInUntilReactivated() {
    client.loginUser(LoginUserRequest.of(USER));
    client.deleteUser(USER);

    assertThatThrownBy(() -> client.loginUser(LoginUserRequest.of(USER))).isInstanceOf(UserNotFoundException.class);
  }

  @Test
  void purgedUserLogsInAsANewUserWithANewWorkspace() {
    String workspace = client.loginUser(LoginUserRequest.of(USER)).user().workspaceId();
    fake.recordUsage(account, USER, Usage.generated(3));
    client.deleteUser(USER);
    fake.clock().advance(Duration.ofDays(15));

    String again = client.loginUser(LoginUserRequest.of(USER)).user().workspaceId();

    assertThat(again).isNotEqualTo(workspace);
    assertThat(fake.user(account, USER)).get().extracting(UserSnapshot::activities).isEqualTo(0);
  }

  @Test
  void deletingAnUnknownOrDeletedUserIsNotFound() {
    assertThatThrownBy(() -> client.deleteUser(USER)).isInstanceOf(UserNotFoundException.class);
    client.loginUser(LoginUserRequest.of(USER));
    client.deleteUser(USER);
    assertThatThrownBy(() -> client.deleteUser(USER)).isInstanceOf(UserNotFoundException.class);
  }

  @Test
  void reactivatingAnActiveUserSucceedsAndChangesNothing() {
    client.loginUser(LoginUserRequest.of(USER));

    client.reactivateUser(USER);

    assertThat(fake.user(account, USER)).get().extracting(UserSnapshot::deleted).isEqualTo(false);
  }

  @Test
  void usersOfDifferentAccountsAreSeparate() {
    FakeAccount other = fake.createAccount(FakeKeyKind.SUPER_USER);
    client.loginUser(LoginUserRequest.of(USER));

    assertThat(fake.user(other, USER)).isEmpty();
    try (SiviClient otherClient = fake.blockingClient(other)) {
      assertThatThrownBy(() -> otherClient.deleteUser(USER)).isInstanceOf(UserNotFoundException.class);
    }
  }

  @Test
  void refusesAnAccountOfAnotherFake() {
    FakeAccount foreign = FakeSivi.create().createAccount(FakeKeyKind.SUPER_USER);

    assertThatThrownBy(() -> fake.user(foreign, USER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not belong to this fake");
  }
}
