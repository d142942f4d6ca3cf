package dev.sivi4j.transport.vertx;

import static dev.sivi4j.transport.vertx.StubSivi.envelope;
import static dev.sivi4j.transport.vertx.StubSivi.json;

import dev.sivi4j.ApiKey;
import dev.sivi4j.RateLimit;
import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.domain.LoginUserRequest;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs every operation and every failure path once, on an unwatched Vert.x, before the first watched
 * test. A JVM's first request loads a few hundred Vert.x, Netty, TLS and codec classes and its first
 * TLS connection reads the JDK trust store; on a loaded machine that alone can hold an event loop past
 * the 100 ms the watched tests allow, which says nothing about blocking code.
 */
final class WarmUp {
  private static final AtomicBoolean DONE = new AtomicBoolean();
  private static final AbstractUserId USER = AbstractUserId.of("warm-up");

  private WarmUp() {}

  static void once() throws Exception {
    if (!DONE.compareAndSet(false, true)) {
      return;
    }
    Vertx vertx = Vertx.vertx();
    try {
      StubSivi sivi = StubSivi.start(vertx);
      sivi.on("/enterprise/login-user", json(200, "{\"status\":200,\"body\":{\"accessToken\":\"a\",\"refreshToken\":\"r\",\"workspaceId\":\"w\"}}"))
          .on("/enterprise/set-user-credit-limit", envelope(500, "Server internal error"), envelope(200, "ok"))
          .on("/enterprise/delete-user", envelope(400, "User does not exist"))
          .on("/enterprise/reactivate-user", StubSivi.hangUp())
          .on("/enterprise/account-analysis", StubSivi.html(502, "<html>bad gateway</html>"))
          .on("/enterprise/export-data", json(200, "{\"status\":200,\"body\":{\"variants\":[],\"media\":[],\"content\":[],\"next\":0}}"))
          .on("/super/delete-user", StubSivi.sized(8192))
          .on("/super/reactivate-user", StubSivi.stall());
      VertxSiviClient enterprise = SiviVertx.create(vertx, config(sivi.baseUrl(), ApiKey.enterpriseAdmin("warm-up")));
      VertxSiviClient faults = SiviVertx.create(vertx, config(sivi.baseUrl(), ApiKey.superUser("warm-up")));
      VertxSiviClient refused = SiviVertx.create(vertx, config(closedPort(), ApiKey.superUser("warm-up")));
      VertxSiviClient tls =
          SiviVertx.create(vertx, config(URI.create("https://127.0.0.1:" + sivi.baseUrl().getPort()), ApiKey.superUser("w")));
      Instant start = Instant.parse("2026-01-01T00:00:00Z");
      List<Supplier<Future<?>>> calls =
          List.of(
              () -> enterprise.loginUser(LoginUserRequest.of(USER)),
              () -> enterprise.setCreditLimit(USER, CreditLimit.of(1)),
              () -> enterprise.deleteUser(USER),
              () -> enterprise.reactivateUser(USER),
              () -> enterprise.accountAnalysis(USER),
              () -> Future.fromCompletionStage(Pages.collect(enterprise.exportData(ExportRequest.of(USER, start, start.plusSeconds(60))))),
              () -> faults.deleteUser(USER),
              () -> faults.reactivateUser(USER),
              () -> refused.deleteUser(USER),
              () -> tls.deleteUser(USER));
      // Once from this thread, once from an event loop: both paths load their classes.
      for (boolean onLoop : new boolean[] {false, true}) {
        for (Supplier<Future<?>> call : calls) {
          run(vertx, onLoop, call);
        }
      }
      for (VertxSiviClient client : List.of(enterprise, faults, refused, tls)) {
        client.close();
      }
      sivi.close();
    } finally {
      Await.result(vertx.close());
    }
  }

  private static SiviConfig config(URI baseUrl, ApiKey key) {
    return SiviConfig.builder()
        .apiKey(key)
        .baseUrl(baseUrl)
        .retryPolicy(RetryPolicy.none())
        .rateLimit(RateLimit.off())
        .maxResponseBytes(4096)
        .timeouts(Timeouts.defaults().withPerAttempt(Duration.ofMillis(100)))
        .build();
  }

  private static URI closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }
  }

  private static void run(Vertx vertx, boolean onLoop, Supplier<Future<?>> call) throws Exception {
    Promise<Object> done = Promise.promise();
    if (onLoop) {
      vertx.runOnContext(ignored -> call.get().onComplete(outcome -> done.complete()));
    } else {
      call.get().onComplete(outcome -> done.complete());
    }
    Await.result(done.future());
  }
}
