package dev.sivi4j.testkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.SiviAsyncClient;
import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeClock;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import dev.sivi4j.testkit.junit.FakeSiviTest;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** What a downstream suite does with the testkit, run unchanged on each supported JUnit line. */
@FakeSiviTest(keyKind = FakeKeyKind.SUPER_USER)
class DownstreamSuiteTest {
  private static final Set<FakeSivi> SEEN = ConcurrentHashMap.newKeySet();

  private final FakeSivi constructed;

  DownstreamSuiteTest(FakeSivi fake) {
    this.constructed = fake;
  }

  @BeforeEach
  void remember(FakeSivi fake) {
    SEEN.add(fake);
  }

  @Test
  void runsOnTheJUnitTheBuildAskedFor() {
    assertThat(RunningJUnit.version()).isEqualTo(System.getProperty("sivi4j.expectedJUnit"));
  }

  @Test
  void resolvesConstructorParametersFromTheTestkit(FakeSivi fake) {
    assertThat(constructed).isNotNull();
    if (RunningJUnit.resolvesConstructorsPerTest()) {
      assertThat(constructed).isSameAs(fake);
    }
  }

  @RepeatedTest(2)
  void givesEachTestAFreshFakeWithTheAnnotatedKeyKind(FakeSivi fake, FakeAccount account, SiviClient sivi) {
    assertThat(fake.journal().requestCount()).isZero();
    UserLogin login = sivi.loginUser(LoginUserRequest.of(AbstractUserId.of("u-1")));

    assertThat(login.user().id()).isEqualTo(AbstractUserId.of("u-1"));
    assertThat(account.kind()).isEqualTo(FakeKeyKind.SUPER_USER);
    assertThat(fake.user(account, AbstractUserId.of("u-1"))).isPresent();
  }

  @Test
  void sharesOneFakeAcrossEveryParameterOfATest(
      FakeSivi fake, FakeClock clock, FakeAccount account, SiviAsyncClient async) {
    assertThat(clock).isSameAs(fake.clock());
    async.loginUser(LoginUserRequest.of(AbstractUserId.of("a-1"))).toCompletableFuture().join();
    clock.advance(Duration.ofMinutes(1));

    assertThat(fake.user(account, AbstractUserId.of("a-1"))).isPresent();
  }

  @Test
  void startsTheLoopbackServerOnDemand(FakeSiviServer server, FakeSivi fake, FakeAccount account) {
    assertThat(server.fake()).isSameAs(fake);
    assertThat(server.baseUri().getHost()).isEqualTo("127.0.0.1");
    assertThat(server.config(account).baseUrl()).isEqualTo(server.baseUri());
  }

  @AfterAll
  static void everyTestHadItsOwnFake() {
    // Six test invocations, each with its own fake.
    assertThat(SEEN).hasSize(6);
  }
}
