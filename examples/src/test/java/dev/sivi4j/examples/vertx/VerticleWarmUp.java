package dev.sivi4j.examples.vertx;

import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import dev.sivi4j.testkit.Fault;
import dev.sivi4j.testkit.FaultRule;
import dev.sivi4j.transport.vertx.SiviVertx;
import dev.sivi4j.transport.vertx.VertxSiviClient;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Takes every path of the verticle's tests once, on an unwatched Vert.x, before the first watched test.
 * A JVM's first request loads a few hundred classes (Vert.x's HTTP server and client, Netty, sivi4j's
 * pipeline and codec, the logging of the verticle's warning); on a loaded machine that alone can hold an
 * event loop past the 100 ms the watched tests allow, which says nothing about blocking code. The
 * watched tests then run the same code, its classes loaded, on a fresh Vert.x of their own.
 */
final class VerticleWarmUp {
  private static final AtomicBoolean DONE = new AtomicBoolean();
  private static final AbstractUserId USER = AbstractUserId.of("warm-up");
  private static final String BRAND = "{\"brandName\": \"Acme\", \"brandDescription\": \"Rockets and anvils\"}";
  /** The statuses of the paths below, in order: proof the warm-up took the tests' paths. */
  private static final List<Integer> PATHS = List.of(200, 200, 503, 402, 200, 400, 200, 404, 405);

  private VerticleWarmUp() {}

  static void once() throws Exception {
    if (!DONE.compareAndSet(false, true)) {
      return;
    }
    FakeSivi fake = FakeSivi.create();
    FakeAccount account = fake.createAccount(FakeKeyKind.ENTERPRISE_ADMIN);
    Vertx vertx = Vertx.vertx();
    try (FakeSiviServer server = fake.startServer()) {
      VertxSiviClient sivi = SiviVertx.create(vertx, server.config(account));
      ProvisioningVerticle verticle = new ProvisioningVerticle(sivi, CreditLimit.of(100), "127.0.0.1", 0);
      await(vertx.deployVerticle(verticle));
      Caller caller = new Caller(vertx.createHttpClient(), verticle.actualPort());
      List<Integer> statuses = new ArrayList<>();
      statuses.add(caller.post("/users/warm-up/session", BRAND));
      fake.faults().inject(FaultRule.of(Fault.status(503)).operation(Operation.LOGIN_USER));
      statuses.add(caller.post("/users/warm-up/session", BRAND));                // retried on a timer
      fake.faults().inject(FaultRule.of(Fault.status(503)).always());
      statuses.add(caller.post("/users/warm-up/session", BRAND));                // logged, answered 503
      fake.faults().clear();
      fake.faults().inject(FaultRule.of(Fault.status(429, "Insufficient credit limit")).operation(Operation.LOGIN_USER));
      statuses.add(caller.post("/users/warm-up/session", BRAND));
      await(sivi.deleteUser(USER));
      statuses.add(caller.post("/users/warm-up/session", BRAND));                // reactivated
      statuses.add(caller.post("/users/warm-up/session", "{\"brandName\": \"Acme\"}"));
      statuses.add(caller.post("/users/team%2Fbob+1/session", BRAND));
      statuses.add(caller.post("/users/warm-up", BRAND));
      statuses.add(caller.send(HttpMethod.GET, "/users/warm-up/session", ""));
      sivi.close();
      if (!statuses.equals(PATHS)) {
        throw new IllegalStateException("the warm-up answered " + statuses + ", not " + PATHS);
      }
    } finally {
      await(vertx.close());
    }
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  /** Calls the verticle the way the tests do. */
  private record Caller(HttpClient http, int port) {
    int post(String path, String body) throws Exception {
      return send(HttpMethod.POST, path, body);
    }

    int send(HttpMethod method, String path, String body) throws Exception {
      return await(http.request(method, port, "127.0.0.1", path)
          .compose(request -> request.putHeader("Content-Type", "application/json").send(body))
          .compose(response -> response.body().map(buffer -> response.statusCode())));
    }
  }
}
