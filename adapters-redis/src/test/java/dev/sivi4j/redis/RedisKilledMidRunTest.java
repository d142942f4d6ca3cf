package dev.sivi4j.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.RateLimit;
import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.spi.RateLimitDecision;
import dev.sivi4j.spi.RateLimitRequest;
import dev.sivi4j.testkit.AccountSpec;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import dev.sivi4j.transport.httpclient.SiviHttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * Redis killed while a client runs: its calls keep succeeding on the in-JVM fallback, the switch is
 * logged once at WARN and reported, and once Redis is back the fleet shares one bucket again.
 */
class RedisKilledMidRunTest {
  private static final String LOGGER = "dev.sivi4j.redis.RedisRateLimit";
  private static final AbstractUserId USER = AbstractUserId.of("user-1");

  private static RedisRateLimit.Builder member(Lettuce process, List<Boolean> changes) {
    return RedisRateLimit.builder(process.client)
        .perMinute(600)
        .burst(5)
        .fleetSize(3)
        .redisTimeout(Duration.ofSeconds(1))
        .retryRedisEvery(Duration.ofMillis(200))
        .onFallbackChange(changes::add);
  }

  @Test
  void callsSucceedThroughTheOutageAndTheSharedLimitHoldsAgainAfterIt() throws Exception {
    List<Boolean> changes = new CopyOnWriteArrayList<>();
    FakeSivi fake = FakeSivi.create();
    FakeAccount account = fake.createAccount(AccountSpec.of(FakeKeyKind.SUPER_USER).withRequestsPerMinute(600));
    try (RedisServer redis = RedisServer.launch();
        Lettuce processA = new Lettuce(redis);
        Lettuce processB = new Lettuce(redis);
        RedisRateLimit a = member(processA, changes).build();
        RedisRateLimit b = member(processB, new CopyOnWriteArrayList<>()).build();
        FakeSiviServer sivi = fake.startServer();
        SiviClient client = SiviHttpClient.create(sivi.configBuilder(account).rateLimit(RateLimit.custom(a)).build())) {
      client.loginUser(LoginUserRequest.of(USER));
      assertThat(a.usingFallback()).isFalse();

      redis.stop();
      long warningsBefore = RecordingLogs.count(LOGGER, Level.WARN);
      for (int i = 0; i < 8; i++) {
        client.setCreditLimit(USER, CreditLimit.of(10 + i));
      }
      assertThat(a.usingFallback()).isTrue();
      assertThat(changes).containsExactly(true);
      assertThat(RecordingLogs.count(LOGGER, Level.WARN) - warningsBefore).as("warnings during the outage").isEqualTo(1);

      redis.restart();
      long back = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (a.usingFallback() && System.nanoTime() < back) {
        client.setCreditLimit(USER, CreditLimit.of(5));
      }
      assertThat(a.usingFallback()).as("back on Redis").isFalse();
      assertThat(changes).containsExactly(true, false);

      // The two members share one bucket again: five tokens between them, then a wait.
      RateLimitRequest shared = new RateLimitRequest("after-the-outage", Operation.LOGIN_USER, 100, Duration.ofSeconds(30));
      for (int i = 0; i < 5; i++) {
        assertThat((i % 2 == 0 ? a : b).acquire(shared)).as("token %d", i + 1).isEqualTo(RateLimitDecision.now());
      }
      assertThat(b.acquire(shared).delay()).isPositive();
      assertThat(b.usingFallback()).isFalse();
      assertThat(fake.journal().requests()).allMatch(request -> request.status() == 200);
    }
  }
}
