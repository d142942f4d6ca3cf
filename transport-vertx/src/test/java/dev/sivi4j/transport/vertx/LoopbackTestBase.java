package dev.sivi4j.transport.vertx;

import dev.sivi4j.ApiKey;
import dev.sivi4j.RateLimit;
import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviConfig;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A watched Vert.x for the clients a test makes, and a stub Sivi on loopback on an unwatched Vert.x of
 * its own. After each test every client must have nothing in flight, and the checker must not have
 * warned about any event loop.
 */
abstract class LoopbackTestBase {
  static final String SUPER_SECRET = "canary-super-5b1f0c";
  static final String ENTERPRISE_SECRET = "canary-enterprise-77d2a9";
  static final ApiKey SUPER = ApiKey.superUser(SUPER_SECRET);
  static final ApiKey ENTERPRISE = ApiKey.enterpriseAdmin(ENTERPRISE_SECRET);

  /** The stub's Vert.x, apart from the watched one, so the watch sees the client alone. */
  static Vertx stubVertx;

  private final List<VertxSiviClient> clients = new CopyOnWriteArrayList<>();
  WatchedVertx watched;
  Vertx vertx;
  StubSivi sivi;

  @BeforeAll
  static void warmUpAndStartTheStubsVertx() throws Exception {
    WarmUp.once();
    stubVertx = Vertx.vertx();
  }

  @AfterAll
  static void stopTheStubsVertx() throws Exception {
    Await.result(stubVertx.close());
  }

  @BeforeEach
  void startLoopback() throws Exception {
    watched = WatchedVertx.start();
    vertx = watched.vertx();
    sivi = StubSivi.start(stubVertx);
  }

  @AfterEach
  void stopLoopback() throws Exception {
    try {
      for (VertxSiviClient client : clients) {
        Await.until(() -> client.inFlight() == 0, "no request in flight");
        client.close();
      }
      sivi.close();
    } finally {
      watched.close();
    }
  }

  /** A configuration for the stub: fast retries, no client-side rate limit. */
  SiviConfig.Builder config(ApiKey key) {
    return SiviConfig.builder()
        .apiKey(key)
        .baseUrl(sivi.baseUrl())
        .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)))
        .rateLimit(RateLimit.off());
  }

  VertxSiviClient client(ApiKey key) {
    return track(SiviVertx.create(vertx, config(key).build()));
  }

  VertxSiviClient client(SiviConfig config) {
    return track(SiviVertx.create(vertx, config));
  }

  VertxSiviClient track(VertxSiviClient client) {
    clients.add(client);
    return client;
  }
}
