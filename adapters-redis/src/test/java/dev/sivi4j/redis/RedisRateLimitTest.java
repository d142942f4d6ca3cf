package dev.sivi4j.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.RateLimit;
import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.spi.RateLimitDecision;
import dev.sivi4j.spi.RateLimitRequest;
import dev.sivi4j.testkit.AccountSpec;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared bucket on a real redis-server: one bucket per key across connections, on both paths. */
class RedisRateLimitTest {
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  private static RedisServer server;
  private static Lettuce lettuce;

  @BeforeAll
  static void startRedis() throws IOException {
    server = RedisServer.launch();
    lettuce = new Lettuce(server);
  }

  @AfterAll
  static void stopRedis() throws IOException {
    lettuce.close();
    server.close();
  }

  private static RateLimitRequest request(String keyId, Duration maxWait) {
    return new RateLimitRequest(keyId, Operation.SET_CREDIT_LIMIT, 100, maxWait);
  }

  private static String freshKey() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  private static RedisRateLimit.Builder limit() {
    // These tests are about the shared bucket; a loaded machine must not make them fall back.
    return RedisRateLimit.builder(lettuce.client).fleetSize(2).redisTimeout(Duration.ofSeconds(5));
  }

  @Test
  void twoLimitersOnTheirOwnConnectionsShareOneBucket() {
    String key = freshKey();
    try (RedisRateLimit a = limit().perMinute(60).burst(3).build();
        RedisRateLimit b = limit().perMinute(60).burst(3).build()) {
      assertThat(a.acquire(request(key, DEADLINE))).isEqualTo(RateLimitDecision.now());
      assertThat(b.acquire(request(key, DEADLINE))).isEqualTo(RateLimitDecision.now());
      assertThat(a.acquire(request(key, DEADLINE))).isEqualTo(RateLimitDecision.now());

      // The fourth waits for the next refill, at most a second away (less the time the first three took).
      Duration wait = b.acquire(request(key, DEADLINE)).delay();
      assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
      Duration next = a.acquire(request(key, DEADLINE)).delay();
      assertThat(next).isBetween(wait.plusMillis(500), wait.plusSeconds(1));
      assertThat(a.usingFallback()).isFalse();
    }
  }

  @Test
  void theAsyncPathSharesTheSameBucket() {
    String key = freshKey();
    try (RedisRateLimit a = limit().perMinute(60).burst(2).build();
        RedisRateLimit b = limit().perMinute(60).burst(2).build()) {
      assertThat(a.acquireAsync(request(key, DEADLINE)).toCompletableFuture().join()).isEqualTo(RateLimitDecision.now());
      assertThat(b.acquire(request(key, DEADLINE))).isEqualTo(RateLimitDecision.now());
      Duration wait = b.acquireAsync(request(key, DEADLINE)).toCompletableFuture().join().delay();
      assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
    }
  }

  @Test
  void eachKeyHasItsOwnBucket() {
    try (RedisRateLimit a = limit().perMinute(60).burst(1).build()) {
      String first = freshKey();
      a.acquire(request(first, DEADLINE));
      assertThat(a.acquire(request(freshKey(), DEADLINE))).isEqualTo(RateLimitDecision.now());
      assertThat(a.acquire(request(first, DEADLINE)).delay()).isPositive();
    }
  }

  @Test
  void aCallWhoseTurnIsPastItsDeadlineIsRefusedAndTakesNothing() {
    String key = freshKey();
    try (RedisRateLimit a = limit().perMinute(1).burst(1).build()) {
      a.acquire(request(key, DEADLINE));
      assertThat(a.acquire(request(key, Duration.ofSeconds(10)))).isEqualTo(RateLimitDecision.refused());
      assertThat(a.acquireAsync(request(key, Duration.ofSeconds(10))).toCompletableFuture().join()).isEqualTo(RateLimitDecision.refused());

      // Had the refusals kept their tokens, this turn would be three minutes away, not one.
      Duration wait = a.acquire(request(key, Duration.ofMinutes(5))).delay();
      assertThat(wait).isBetween(Duration.ofSeconds(58), Duration.ofSeconds(60));
    }
  }

  @Test
  void aRateLimitedAnswerEmptiesTheBucketForTheWholeFleet() {
    String key = freshKey();
    try (RedisRateLimit told = limit().perMinute(60).burst(10).build();
        RedisRateLimit other = limit().perMinute(60).burst(10).build()) {
      told.acquire(request(key, DEADLINE));
      told.onRateLimited(request(key, Duration.ZERO), Optional.empty());
      told.lastDrain().join();

      assertThat(eventuallyWaiting(other, key)).isBetween(Duration.ofMillis(1), Duration.ofSeconds(1));
    }
  }

  @Test
  void aRetryAfterHoldsTheBucketEmptyThatLong() {
    String key = freshKey();
    try (RedisRateLimit told = limit().perMinute(60).burst(10).build();
        RedisRateLimit other = limit().perMinute(60).burst(10).build()) {
      told.onRateLimited(request(key, Duration.ZERO), Optional.of(Duration.ofSeconds(3)));
      told.lastDrain().join();

      assertThat(eventuallyWaiting(other, key)).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(4));
    }
  }

  /** The wait the other process is told (the drain has reached Redis; polling covers replication delay). */
  private static Duration eventuallyWaiting(RedisRateLimit other, String key) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (true) {
      Duration wait = other.acquire(request(key, DEADLINE)).delay();
      if (!wait.isZero() || System.nanoTime() > deadline) {
        return wait;
      }
      RedisServer.sleep(Duration.ofMillis(10));
    }
  }

  @Test
  void theBucketIsKeyedByADigestOfTheApiKeyNeverTheKey() {
    String secret = "sk_live_redis-canary-" + freshKey();
    FakeSivi fake = FakeSivi.builder().rateLimiting(false).build();
    FakeAccount account = fake.createAccount(AccountSpec.of(FakeKeyKind.SUPER_USER).withSecret(secret));
    try (RedisRateLimit shared = limit().build();
        SiviClient sivi = fake.blockingClient(account, config -> config.rateLimit(RateLimit.custom(shared)));
        StatefulRedisConnection<byte[], byte[]> admin = lettuce.connect()) {
      sivi.loginUser(LoginUserRequest.of(AbstractUserId.of("user-1")));

      List<String> keys = admin.sync().keys("sivi4j:rate-limit:*").stream()
          .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
          .toList();
      assertThat(keys).isNotEmpty().allMatch(k -> k.matches("sivi4j:rate-limit:[0-9a-f]{32,64}")).noneMatch(k -> k.contains(secret));
      for (byte[] any : admin.sync().keys("*")) {
        assertThat(new String(any, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
        assertThat(new String(admin.sync().get(any), StandardCharsets.ISO_8859_1)).doesNotContain(secret);
      }
    }
  }

  @Test
  void theUsersConnectionIsNeverClosed() {
    try (StatefulRedisConnection<byte[], byte[]> mine = lettuce.connect()) {
      RedisRateLimit limit = RedisRateLimit.builder(mine).fleetSize(1).redisTimeout(Duration.ofSeconds(5)).build();
      limit.acquire(request(freshKey(), DEADLINE));
      limit.close();
      assertThat(mine.isOpen()).isTrue();
      assertThat(mine.sync().ping()).isEqualTo("PONG");
    }
  }

  @Test
  void aConnectionItOpenedIsClosedWithIt() {
    long before = lettuce.connectedClients();
    RedisRateLimit limit = limit().build();
    limit.acquire(request(freshKey(), DEADLINE));
    assertThat(lettuce.connectedClients()).isEqualTo(before + 1);

    limit.close();

    assertThat(lettuce.connectedClients()).isEqualTo(before);
  }
}
