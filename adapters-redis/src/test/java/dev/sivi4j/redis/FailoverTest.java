package dev.sivi4j.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.domain.Operation;
import dev.sivi4j.internal.fakes.FakeTime;
import dev.sivi4j.spi.RateLimitDecision;
import dev.sivi4j.spi.RateLimitRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** The way out when Redis is away, on injected time: fall back at the process's share, warn once, return. */
class FailoverTest {
  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final String LOGGER = "dev.sivi4j.redis.RedisRateLimit";

  private final FakeTime time = new FakeTime();
  private final ScriptedBuckets redis = new ScriptedBuckets();
  private final List<Boolean> changes = new CopyOnWriteArrayList<>();

  private RedisRateLimit limit(RedisRateLimit.Builder builder) {
    return builder.time(time).onFallbackChange(changes::add).build(redis);
  }

  private RedisRateLimit fleetOfThree() {
    return limit(RedisRateLimit.unconnected().fleetSize(3).perMinute(120));
  }

  private static RateLimitRequest request(String keyId) {
    return new RateLimitRequest(keyId, Operation.LOGIN_USER, 100, DEADLINE);
  }

  private static RateLimitRequest request() {
    return request("key-a");
  }

  @Test
  void answersFromRedisWhileItAnswers() {
    RedisRateLimit limit = fleetOfThree();
    redis.answer = RateLimitDecision.after(Duration.ofMillis(250));

    assertThat(limit.acquire(request())).isEqualTo(RateLimitDecision.after(Duration.ofMillis(250)));
    assertThat(limit.acquireAsync(request()).toCompletableFuture().join()).isEqualTo(RateLimitDecision.after(Duration.ofMillis(250)));
    assertThat(limit.usingFallback()).isFalse();
    assertThat(redis.asked).containsExactly("reserve Limits[perMinute=120, burst=118]", "reserveAsync Limits[perMinute=120, burst=118]");
    assertThat(changes).isEmpty();
  }

  @Test
  void theBucketFollowsTheKeyKindsRateUnlessTold() {
    RedisRateLimit limit = limit(RedisRateLimit.unconnected().fleetSize(2));
    limit.acquire(request());
    assertThat(redis.asked).containsExactly("reserve Limits[perMinute=100, burst=98]");
  }

  @Test
  void fallsBackToTheRateDividedByTheFleetStartingEmpty() {
    RedisRateLimit limit = fleetOfThree();
    redis.down = true;

    // 120 a minute shared by 3: 40 a minute here, one every 1.5 s, and the first is a refill away.
    assertThat(limit.acquire(request()).delay()).isEqualTo(Duration.ofMillis(1500));
    assertThat(limit.acquire(request()).delay()).isEqualTo(Duration.ofMillis(3000));
    assertThat(limit.usingFallback()).isTrue();
    assertThat(changes).containsExactly(true);
  }

  @Test
  void anExplicitFallbackRateWinsOverTheFleetShare() {
    RedisRateLimit limit = limit(RedisRateLimit.unconnected().fleetSize(3).fallbackPerMinute(6));
    redis.down = true;
    assertThat(limit.acquire(request()).delay()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void eachKeyFallsBackToItsOwnBucket() {
    RedisRateLimit limit = fleetOfThree();
    redis.down = true;
    assertThat(limit.acquire(request("key-a")).delay()).isEqualTo(Duration.ofMillis(1500));
    assertThat(limit.acquire(request("key-b")).delay()).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void warnsOnceForAnOutageHoweverManyCallsItLasts() {
    long before = RecordingLogs.count(LOGGER, Level.WARN);
    RedisRateLimit limit = fleetOfThree();
    redis.down = true;
    for (int i = 0; i < 20; i++) {
      limit.acquire(request());
      limit.acquireAsync(request()).toCompletableFuture().join();
      time.advance(Duration.ofMillis(700));
    }
    assertThat(RecordingLogs.count(LOGGER, Level.WARN) - before).isEqualTo(1);
    assertThat(changes).containsExactly(true);
  }

  @Test
  void asksRedisAgainOnlyOnceEveryRetryInterval() {
    RedisRateLimit limit = fleetOfThree();
    redis.down = true;
    limit.acquire(request());
    for (int i = 0; i < 10; i++) {
      limit.acquire(request());
      limit.acquireAsync(request());
    }
    assertThat(redis.askedCount()).isEqualTo(1);

    time.advance(Duration.ofSeconds(1));
    limit.acquire(request());
    limit.acquire(request());
    assertThat(redis.askedCount()).isEqualTo(2);
  }

  @Test
  void returnsToRedisAsSoonAsItAnswers() {
    long infoBefore = RecordingLogs.count(LOGGER, Level.INFO);
    RedisRateLimit limit = fleetOfThree();
    redis.down = true;
    limit.acquire(request());
    redis.down = false;
    redis.answer = RateLimitDecision.after(Duration.ofMillis(42));

    time.advance(Duration.ofSeconds(1));
    assertThat(limit.acquireAsync(request()).toCompletableFuture().join()).isEqualTo(RateLimitDecision.after(Duration.ofMillis(42)));

    assertThat(limit.usingFallback()).isFalse();
    assertThat(changes).containsExactly(true, false);
    assertThat(RecordingLogs.count(LOGGER, Level.INFO) - infoBefore).isEqualTo(1);
    assertThat(limit.acquire(request()).delay()).isEqualTo(Duration.ofMillis(42));
  }

  @Test
  void aLaterOutageStartsFromAnEmptyBucketAgainAndWarnsAgain() {
    long before = RecordingLogs.count(LOGGER, Level.WARN);
    RedisRateLimit limit = fleetOfThree();
    redis.down = true;
    limit.acquire(request());
    redis.down = false;
    time.advance(Duration.ofMinutes(5));
    limit.acquire(request());
    redis.down = true;

    assertThat(limit.acquire(request()).delay()).isEqualTo(Duration.ofMillis(1500));
    assertThat(changes).containsExactly(true, false, true);
    assertThat(RecordingLogs.count(LOGGER, Level.WARN) - before).isEqualTo(2);
  }

  @Test
  void asyncFailureFallsBackWithoutFailingTheCall() {
    RedisRateLimit limit = fleetOfThree();
    redis.down = true;
    RateLimitDecision decision = limit.acquireAsync(request()).toCompletableFuture().join();
    assertThat(decision.granted()).isTrue();
    assertThat(decision.delay()).isEqualTo(Duration.ofMillis(1500));
    assertThat(decision.fallback()).as("marked for the call listeners").isTrue();
    assertThat(limit.usingFallback()).isTrue();
  }

  @Test
  void theFallbackRefusesPastTheDeadlineLikeAnyLimiter() {
    RedisRateLimit limit = fleetOfThree();
    redis.down = true;
    assertThat(limit.acquire(request().withMaxWait(Duration.ofSeconds(1)))).isEqualTo(RateLimitDecision.refused().byFallback());
  }

  @Test
  void aRateLimitedAnswerDrainsTheSharedBucketWithItsRetryAfter() {
    RedisRateLimit limit = fleetOfThree();
    limit.onRateLimited(request(), Optional.of(Duration.ofSeconds(3)));
    limit.onRateLimited(request(), Optional.empty());
    assertThat(redis.drained).containsExactly(Optional.of(Duration.ofSeconds(3)), Optional.empty());
  }

  @Test
  void aRateLimitedAnswerWhileFallingBackEmptiesTheInJvmBucket() {
    RedisRateLimit limit = limit(RedisRateLimit.unconnected().fallbackPerMinute(60));
    redis.down = true;
    limit.acquire(request());
    time.advance(Duration.ofMinutes(2));
    limit.acquire(request());
    int asked = redis.askedCount();

    limit.onRateLimited(request(), Optional.empty());

    assertThat(redis.askedCount()).isEqualTo(asked);
    assertThat(limit.acquire(request()).delay()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aFailingDrainCountsAsRedisAway() {
    RedisRateLimit limit = fleetOfThree();
    redis.down = true;
    limit.onRateLimited(request(), Optional.empty());
    assertThat(limit.usingFallback()).isTrue();
  }

  @Test
  void aThrowingFallbackListenerDoesNotBreakTheLimiter() {
    RedisRateLimit limit =
        RedisRateLimit.unconnected()
            .fleetSize(3)
            .time(time)
            .onFallbackChange(fallback -> {
              throw new IllegalStateException("listener bug");
            })
            .build(redis);
    redis.down = true;
    assertThat(limit.acquire(request()).granted()).isTrue();
    assertThat(limit.usingFallback()).isTrue();
  }

  @Test
  void closingClosesTheStore() {
    RedisRateLimit limit = fleetOfThree();
    limit.close();
    assertThat(redis.closed).isTrue();
  }
}
