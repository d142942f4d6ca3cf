package dev.sivi4j.transport.vertx;

import static dev.sivi4j.transport.vertx.StubSivi.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.UserLogin;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link VertxSiviClient#warmUp()}: it completes, sends nothing to the service, and calls work after it. */
class VertxSiviClientWarmUpTest extends LoopbackTestBase {
  private static final String LOGIN =
      "{\"status\":200,\"body\":{\"accessToken\":\"a\",\"refreshToken\":\"r\",\"workspaceId\":\"ws-1\"}}";

  @Test
  void warmUpCompletesWithoutSendingAnythingAndACallAfterItWorks() throws Exception {
    sivi.on("/enterprise/login-user", json(200, LOGIN));
    VertxSiviClient client = client(ENTERPRISE);

    Await.result(client.warmUp());
    assertThat(sivi.requests()).isEmpty();
    UserLogin login = Await.result(client.loginUser(LoginUserRequest.of(AbstractUserId.of("user-1"))));

    assertThat(login.user().workspaceId()).isEqualTo("ws-1");
    assertThat(sivi.requests()).singleElement().extracting(StubSivi.Seen::path).isEqualTo("/enterprise/login-user");
  }

  @Test
  void warmUpStartedOnAnEventLoopCompletesOnThatContext() throws Exception {
    VertxSiviClient client = client(ENTERPRISE);
    CompletableFuture<Boolean> sameContext = new CompletableFuture<>();

    vertx.runOnContext(
        ignored -> {
          Context caller = Vertx.currentContext();
          client.warmUp().onComplete(done -> sameContext.complete(done.succeeded() && Vertx.currentContext() == caller));
        });

    assertThat(sameContext.get(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void warmingUpTwiceIsHarmless() throws Exception {
    VertxSiviClient client = client(ENTERPRISE);

    Await.result(client.warmUp());
    Await.result(client.warmUp());

    assertThat(sivi.requests()).isEmpty();
  }
}
