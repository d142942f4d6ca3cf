package dev.sivi4j.examples.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.RateLimit;
import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import dev.sivi4j.testkit.Fault;
import dev.sivi4j.testkit.FaultRule;
import dev.sivi4j.testkit.RecordedRequest;
import dev.sivi4j.testkit.UserSnapshot;
import dev.sivi4j.testkit.junit.FakeSiviTest;
import dev.sivi4j.transport.vertx.SiviVertx;
import dev.sivi4j.transport.vertx.VertxSiviClient;
import dev.sivi4j.transport.vertx.testing.WatchedVertx;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The verticle end to end: real HTTP calls to it on 127.0.0.1, and its Vert.x client calling a {@link
 * FakeSiviServer}. The verticle and its client run on a {@link WatchedVertx}: any event-loop task held
 * past 100 ms fails the test, whether the loop waited or worked.
 */
@FakeSiviTest
class ProvisioningVerticleTest {
  private static final AbstractUserId ALICE = AbstractUserId.of("alice");
  private static final String ACME = "{\"brandName\": \"Acme\", \"brandDescription\": \"Rockets and anvils\"}";

  /** The test's side of the HTTP calls, on a Vert.x apart, so the watch sees the verticle alone. */
  private static Vertx callers;

  private WatchedVertx watched;
  private VertxSiviClient sivi;
  private HttpClient http;
  private int port;

  @BeforeAll
  static void warmUpAndStartTheCallers() throws Exception {
    VerticleWarmUp.once();   // loads the classes of every path before any watched Vert.x starts
    callers = Vertx.vertx();
  }

  @AfterAll
  static void stopTheCallers() throws Exception {
    await(callers.close());
  }

  @BeforeEach
  void deploy(FakeSiviServer server, FakeAccount account) throws Exception {
    watched = WatchedVertx.start();
    SiviConfig config = server.configBuilder(account)
        .rateLimit(RateLimit.off())                        // the fake enforces Sivi's own limits
        .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(50)))
        .build();
    sivi = SiviVertx.create(watched.vertx(), config);
    ProvisioningVerticle verticle = new ProvisioningVerticle(sivi, CreditLimit.of(100), "127.0.0.1", 0);
    await(watched.vertx().deployVerticle(verticle));
    port = verticle.actualPort();
    http = callers.createHttpClient();
  }

  @AfterEach
  void stop() throws Exception {
    try {
      await(http.close());
      sivi.close();
    } finally {
      watched.close();   // fails on any blocked-thread warning
    }
  }

  @Test
  void answersWithSessionTokensAndCapsTheUsersCredits(FakeSivi fake, FakeAccount account) throws Exception {
    Reply reply = post("/users/alice/session", ACME);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.cacheControl()).isEqualTo("no-store");
    assertThat(fake.accessTokenActive(reply.json().getString("accessToken"))).isTrue();
    assertThat(reply.json().getString("refreshToken")).isNotBlank();
    assertThat(fake.user(account, ALICE)).map(UserSnapshot::creditLimit).contains(100L);
  }

  @Test
  void retriesAServiceUnavailableOnATimer(FakeSivi fake) throws Exception {
    fake.faults().inject(FaultRule.of(Fault.status(503)).operation(Operation.LOGIN_USER));

    Reply reply = post("/users/alice/session", ACME);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(fake.journal().requests()).extracting(RecordedRequest::status).containsExactly(503, 200, 200);
  }

  @Test
  void answers503WhenSiviStaysUnavailable(FakeSivi fake) throws Exception {
    fake.faults().inject(FaultRule.of(Fault.status(503)).always());

    Reply reply = post("/users/alice/session", ACME);

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.json().getString("error")).isEqualTo("sivi_unavailable");
    assertThat(fake.journal().requests()).hasSize(RetryPolicy.defaults().maxAttempts());
  }

  @Test
  void answers402WhenTheCreditsAreExhausted(FakeSivi fake) throws Exception {
    fake.faults().inject(
        FaultRule.of(Fault.status(429, "Insufficient credit limit")).operation(Operation.LOGIN_USER));

    Reply reply = post("/users/alice/session", ACME);

    assertThat(reply.status()).isEqualTo(402);
    assertThat(reply.json().getString("error")).isEqualTo("credits_exhausted");
    assertThat(fake.journal().requests()).hasSize(1);
  }

  @Test
  void doesNotReactivateWhenSiviDoesNotKnowThePlan(FakeSivi fake) throws Exception {
    fake.faults().inject(FaultRule.of(Fault.status(400, "Plan not found")).operation(Operation.LOGIN_USER));

    Reply reply = post("/users/alice/session", ACME);

    assertThat(reply.status()).isEqualTo(502);
    assertThat(reply.json().getString("error")).isEqualTo("sivi_error");
    assertThat(fake.journal().requests()).extracting(request -> request.operation().orElseThrow())
        .containsExactly(Operation.LOGIN_USER);
  }

  @Test
  void reactivatesADeletedUser(FakeSivi fake, FakeAccount account) throws Exception {
    assertThat(post("/users/alice/session", ACME).status()).isEqualTo(200);
    await(sivi.deleteUser(ALICE));

    Reply reply = post("/users/alice/session", ACME);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(fake.user(account, ALICE)).map(UserSnapshot::deleted).contains(false);
  }

  @Test
  void refusesABodyWithoutABrandBeforeCallingSivi(FakeSivi fake) throws Exception {
    Reply reply = post("/users/alice/session", "{\"brandName\": \"Acme\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getString("message")).isEqualTo("brandDescription must be a string");
    assertThat(fake.journal().requests()).isEmpty();
  }

  @Test
  void decodesTheUserIdFromThePath(FakeSivi fake, FakeAccount account) throws Exception {
    Reply reply = post("/users/team%2Fbob+1/session", ACME);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(fake.user(account, AbstractUserId.of("team/bob+1"))).isPresent();
  }

  @Test
  void servesOnlyPostOnTheSessionPath() throws Exception {
    assertThat(send(HttpMethod.POST, "/users/alice", ACME).status()).isEqualTo(404);
    assertThat(send(HttpMethod.GET, "/users/alice/session", "").status()).isEqualTo(405);
  }

  private Reply post(String path, String body) throws Exception {
    return send(HttpMethod.POST, path, body);
  }

  private Reply send(HttpMethod method, String path, String body) throws Exception {
    return await(http.request(method, port, "127.0.0.1", path)
        .compose(request -> request.putHeader("Content-Type", "application/json").send(body))
        .compose(response -> response.body().map(buffer ->
            new Reply(response.statusCode(), response.getHeader("Cache-Control"), buffer.toJsonObject()))));
  }

  /** Waits on the test thread, never on an event loop. */
  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private record Reply(int status, String cacheControl, JsonObject json) {}
}
