package dev.sivi4j.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@FakeSiviTest(lifecycle = FakeLifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FakeSiviExtensionPerClassTest {
  private static FakeSivi shared;
  private static FakeSiviServer sharedServer;

  @BeforeAll
  static void capture(FakeSivi fake, FakeSiviServer server) {
    shared = fake;
    sharedServer = server;
  }

  @Test
  @Order(1)
  void firstTestCreatesAUser(FakeSivi fake, SiviClient sivi, FakeSiviServer server) {
    assertThat(fake).isSameAs(shared);
    assertThat(server).isSameAs(sharedServer);
    sivi.loginUser(LoginUserRequest.of(AbstractUserId.of("kept")));
  }

  @Test
  @Order(2)
  void secondTestSeesIt(FakeSivi fake, FakeAccount account) {
    assertThat(fake).isSameAs(shared);
    assertThat(fake.user(account, AbstractUserId.of("kept"))).isPresent();
  }

  @Nested
  class Inner {
    @Test
    void nestedClassGetsItsOwnFake(FakeSivi fake) {
      assertThat(fake).isNotSameAs(shared);
    }
  }
}
