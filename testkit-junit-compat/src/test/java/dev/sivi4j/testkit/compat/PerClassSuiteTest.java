package dev.sivi4j.testkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.junit.FakeLifecycle;
import dev.sivi4j.testkit.junit.FakeSiviTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@FakeSiviTest(lifecycle = FakeLifecycle.PER_CLASS, keyKind = FakeKeyKind.SUPER_USER)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerClassSuiteTest {
  private static FakeSivi shared;

  @BeforeAll
  static void capture(FakeSivi fake) {
    shared = fake;
  }

  @Test
  @Order(1)
  void firstTestCreatesAUser(FakeSivi fake, SiviClient sivi) {
    assertThat(fake).isSameAs(shared);
    sivi.loginUser(LoginUserRequest.of(AbstractUserId.of("kept")));
  }

  @Test
  @Order(2)
  void laterTestsOfTheClassSeeIt(FakeSivi fake, FakeAccount account) {
    assertThat(fake).isSameAs(shared);
    assertThat(fake.user(account, AbstractUserId.of("kept"))).isPresent();
  }

  @Nested
  class Inner {
    @Test
    void takesTheEnclosingClassSettingsWithAFakeOfItsOwn(FakeSivi fake, FakeAccount account) {
      assertThat(fake).isNotSameAs(shared);
      assertThat(account.kind()).isEqualTo(FakeKeyKind.SUPER_USER);
    }
  }
}
