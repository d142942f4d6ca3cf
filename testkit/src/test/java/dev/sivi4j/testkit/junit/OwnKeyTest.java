package dev.sivi4j.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.UserSnapshot;
import org.junit.jupiter.api.Test;

@FakeSiviTest(keyKind = FakeKeyKind.SUPER_USER, key = OwnKeyTest.PRODUCTION_LIKE_KEY)
class OwnKeyTest {
  static final String PRODUCTION_LIKE_KEY = "sk-own-key-0123456789abcdef";

  @Test
  void opensTheInjectedAccountWithTheAnnotatedKeyAndKind(FakeAccount account) {
    assertThat(account.secret()).isEqualTo(PRODUCTION_LIKE_KEY);
    assertThat(account.kind()).isEqualTo(FakeKeyKind.SUPER_USER);
  }

  @Test
  void findsAUserOfTheOnlyAccountWithoutNamingIt(FakeSivi fake, SiviClient sivi) {
    AbstractUserId alice = AbstractUserId.of("alice");
    sivi.loginUser(LoginUserRequest.of(alice));

    assertThat(fake.user(alice)).map(UserSnapshot::userId).contains(alice);
  }

  @Test
  void refusesToGuessTheAccountOnceThereAreTwo(FakeSivi fake) {
    fake.createAccount(FakeKeyKind.ENTERPRISE_ADMIN);

    assertThatThrownBy(() -> fake.user(AbstractUserId.of("alice")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2 were opened")
        .hasMessageContaining("fake.user(account, userId)");
  }
}
