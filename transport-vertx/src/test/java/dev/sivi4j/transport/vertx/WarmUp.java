package dev.sivi4j.transport.vertx;

import static dev.sivi4j.transport.vertx.StubSivi.envelope;
import static dev.sivi4j.transport.vertx.StubSivi.json;

import dev.sivi4j.ApiKey;
import dev.sivi4j.RateLimit;
import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.domain.LoginUserRequest;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs every operation once, on an unwatched Vert.x, before the first watched test. The first request
 * a JVM makes loads a few hundred Vert.x, Netty and codec classes; on a loaded machine that alone can
 * take an event loop past the 100 ms the watched tests allow, which says nothing about blocking code.
 */
final class WarmUp {
  private static final AtomicBoolean DONE = new AtomicBoolean();

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
          .on("/enterprise/reactivate-user", envelope(200, "ok"))
          .on("/enterprise/account-analysis", StubSivi.html(502, "<html>bad gateway</html>"))
          .on("/enterprise/export-data", json(200, "{\"status\":200,\"body\":{\"variants\":[],\"media\":[],\"content\":[],\"next\":0}}"));
      SiviConfig config =
          SiviConfig.builder()
              .apiKey(ApiKey.enterpriseAdmin("warm-up"))
              .baseUrl(sivi.baseUrl())
              .retryPolicy(RetryPolicy.none())
              .rateLimit(RateLimit.off())
              .build();
      VertxSiviClient client = SiviVertx.create(vertx, config);
      AbstractUserId user = AbstractUserId.of("warm-up");
      Instant start = Instant.parse("2026-01-01T00:00:00Z");
      for (int round = 0; round < 2; round++) {
        // Once from this thread, once from an event loop: both paths load their classes.
        boolean onLoop = round == 1;
        run(vertx, onLoop, () -> client.loginUser(LoginUserRequest.of(user)));
        run(vertx, onLoop, () -> client.setCreditLimit(user, CreditLimit.of(1)));
        run(vertx, onLoop, () -> client.deleteUser(user));
        run(vertx, onLoop, () -> client.reactivateUser(user));
        run(vertx, onLoop, () -> client.accountAnalysis(user));
        run(vertx, onLoop, () -> Future.fromCompletionStage(Pages.collect(client.exportData(ExportRequest.of(user, start, start.plusSeconds(60))))));
      }
      client.close();
      sivi.close();
    } finally {
      Await.result(vertx.close());
    }
  }

  private static void run(Vertx vertx, boolean onLoop, java.util.function.Supplier<Future<?>> call) {
    Promise<Object> done = Promise.promise();
    if (onLoop) {
      vertx.runOnContext(ignored -> call.get().onComplete(outcome -> done.complete()));
    } else {
      call.get().onComplete(outcome -> done.complete());
    }
    try {
      Await.result(done.future());
    } catch (Exception e) {
      throw new IllegalStateException("warm-up failed", e);
    }
  }
}
