package dev.sivi4j.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.SiviAsyncClient;
import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeClock;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

@FakeSiviTest(keyKind = FakeKeyKind.SUPER_USER)
class FakeSiviExtensionTest {
  private static final Set<FakeSivi> SEEN = ConcurrentHashMap.newKeySet();

  private final FakeSivi constructed;

  FakeSiviExtensionTest(FakeSivi fake) {
    this.constructed = fake;
  }

  @BeforeEach
  void remember(FakeSivi fake) {
    assertThat(fake).isSameAs(constructed);
    SEEN.add(fake);
  }

  @RepeatedTest(3)
  void eachTestGetsAFreshFake(FakeSivi fake, FakeAccount account, SiviClient sivi) {
    assertThat(fake.journal().requestCount()).isZero();
    sivi.loginUser(LoginUserRequest.of(AbstractUserId.of("u")));

    assertThat(fake.user(account, AbstractUserId.of("u"))).isPresent();
    assertThat(account.kind()).isEqualTo(FakeKeyKind.SUPER_USER);
  }

  @Test
  void injectsTheSameFakeEverywhereInOneTest(FakeSivi fake, FakeClock clock, SiviAsyncClient async, FakeAccount account) {
    assertThat(clock).isSameAs(fake.clock());
    async.loginUser(LoginUserRequest.of(AbstractUserId.of("a"))).toCompletableFuture().join();

    assertThat(fake.user(account, AbstractUserId.of("a"))).isPresent();
  }

  @Test
  void startsTheServerOnDemand(FakeSiviServer server, FakeSivi fake, FakeAccount account) throws Exception {
    assertThat(server.fake()).isSameAs(fake);
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(server.baseUri() + "/super/login-user"))
            .header("sivi-api-key", account.secret())
            .POST(HttpRequest.BodyPublishers.ofString("{\"abstractUserId\":\"h\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("{\"status\":200,\"body\":{\"accessToken\":");
  }

  @AfterAll
  static void everyTestHadItsOwnFake() {
    assertThat(SEEN).hasSize(5);
  }
}
