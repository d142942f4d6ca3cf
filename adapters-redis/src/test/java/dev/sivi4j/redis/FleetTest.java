package dev.sivi4j.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.RateLimit;
import dev.sivi4j.testkit.AccountSpec;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import dev.sivi4j.testkit.RecordedRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three clients of one key against one fake whose limit is the key's rate: sharing one bucket on
 * Redis, the fake never sees more than the burst plus the rate, and answers no 429; each on its own
 * in-JVM limit of the same rate, the fleet sends three times too much and earns 429s.
 */
class FleetTest {
  private static final int RATE = 60;
  private static final int CALLERS = 2;
  private static final Duration WINDOW = Duration.ofSeconds(4);

  private static RedisServer server;

  @BeforeAll
  static void startRedis() throws IOException {
    server = RedisServer.launch();
  }

  @AfterAll
  static void stopRedis() throws IOException {
    server.close();
  }

  @Test
  void aFleetSharingOneBucketStaysUnderTheServicesLimitAndEarnsNo429() throws Exception {
    FakeSivi fake = FakeSivi.create();
    FakeAccount account = fake.createAccount(AccountSpec.of(FakeKeyKind.SUPER_USER).withRequestsPerMinute(RATE));
    List<Lettuce> processes = List.of(new Lettuce(server), new Lettuce(server), new Lettuce(server));
    List<RedisRateLimit> limits = new ArrayList<>();
    List<Boolean> fallbacks = new CopyOnWriteArrayList<>();
    try (FakeSiviServer sivi = fake.startServer()) {
      for (Lettuce process : processes) {
        // A generous Redis timeout: this test is about sharing, and a loaded CI machine must not make it fall back.
        limits.add(
            RedisRateLimit.builder(process.client)
                .perMinute(RATE)
                .fleetSize(3)
                .redisTimeout(Duration.ofSeconds(5))
                .onFallbackChange(fallbacks::add)
                .build());
      }
      Fleet.Outcome outcome =
          Fleet.run(member -> sivi.configBuilder(account).rateLimit(RateLimit.custom(limits.get(member))).build(), CALLERS, WINDOW);

      List<RecordedRequest> seen = fake.journal().requests();
      double seconds = Duration.between(outcome.started(), outcome.finished()).toNanos() / 1e9;
      int burst = Limits.defaultBurst(RATE);
      assertThat(fallbacks).as("fallbacks to the in-JVM limit").isEmpty();
      assertThat(outcome.failures()).as("failures callers saw").isEmpty();
      assertThat(Fleet.rateLimited(seen)).as("429s the fake answered").isZero();
      assertThat(seen).hasSize((int) outcome.succeeded());
      assertThat((double) seen.size()).as("requests in %.2f s", seconds).isLessThanOrEqualTo(burst + RATE * seconds / 60 + 1);
      // The fleet did run past its burst, so the shared refill was what held it.
      assertThat(seen.size()).isGreaterThan(burst + 2);
    } finally {
      limits.forEach(RedisRateLimit::close);
      processes.forEach(Lettuce::close);
    }
  }

  @Test
  void theSameFleetWithoutTheSharedBucketEarns429s() throws Exception {
    FakeSivi fake = FakeSivi.create();
    FakeAccount account = fake.createAccount(AccountSpec.of(FakeKeyKind.SUPER_USER).withRequestsPerMinute(RATE));
    try (FakeSiviServer sivi = fake.startServer()) {
      Fleet.Outcome outcome =
          Fleet.run(member -> sivi.configBuilder(account).rateLimit(RateLimit.perMinute(RATE)).build(), CALLERS, WINDOW);

      // Three minute-sized bursts against one. Each member's in-JVM bucket empties itself at its first 429
      // (the port's feedback), so the fleet soon backs off; but 429s it earns, every run.
      List<RecordedRequest> seen = fake.journal().requests();
      assertThat(Fleet.rateLimited(seen)).as("429s the fake answered; callers saw %s", outcome).isPositive();
      assertThat(seen.size() - Fleet.rateLimited(seen)).as("requests the fake let through").isGreaterThanOrEqualTo(RATE);
    }
  }
}
