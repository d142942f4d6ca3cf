package dev.sivi4j.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@FakeSiviTest
@Execution(ExecutionMode.CONCURRENT)
class ParallelExtensionTest {
  private static final Set<FakeSivi> FAKES = ConcurrentHashMap.newKeySet();

  @RepeatedTest(16)
  void concurrentTestsEachGetTheirOwnFakeAndServer(FakeSivi fake, FakeSiviServer server, SiviClient sivi, FakeAccount account) {
    FAKES.add(fake);
    assertThat(server.fake()).isSameAs(fake);
    for (int i = 0; i < 10; i++) {
      sivi.loginUser(LoginUserRequest.of(AbstractUserId.of("user-" + i)));
    }

    assertThat(fake.journal().requestCount()).isEqualTo(10);
    assertThat(fake.user(account, AbstractUserId.of("user-9"))).isPresent();
  }

  @AfterAll
  static void nothingWasShared() {
    assertThat(FAKES).hasSize(16);
  }
}
