package dev.sivi4j.transport.vertx;

import static dev.sivi4j.transport.vertx.StubSivi.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.error.SiviTimeoutException;
import dev.sivi4j.error.TransportErrorKind;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Attempts ended early, by their deadline or by the caller: the HTTP request is reset at once, so the
 * server sees its connection closed, nothing stays in flight, and on a user's Web Client their own
 * requests go on as before.
 */
class VertxSiviClientAbortsTest extends LoopbackTestBase {
  private static final AbstractUserId USER = AbstractUserId.of("user-12345");
  /** Far below every timeout that could close a connection without a reset. */
  private static final Duration RESET = Duration.ofSeconds(1);

  @Test
  void attemptTimeoutResetsTheRequestAndClosesItsConnection() throws Exception {
    sivi.on("/super/delete-user", StubSivi.stall());
    Timeouts timeouts = Timeouts.defaults().withPerAttempt(Duration.ofMillis(300)).withWholeCall(Duration.ofSeconds(3));
    VertxSiviClient client =
        client(config(SUPER).timeouts(timeouts).retryPolicy(RetryPolicy.defaults().withMaxAttempts(1)).build());

    Throwable failure = Await.failure(client.deleteUser(USER));

    assertThat(((SiviTimeoutException) failure).kind()).isEqualTo(TransportErrorKind.RESPONSE_TIMEOUT);
    // Nothing else would close it: the connection idle timeout is the whole-call deadline, 30 s by default.
    Await.within(RESET, () -> client.inFlight() == 0 && sivi.openConnections() == 0, "request reset, connection closed");
  }

  @Test
  void webClientThatTakesNoInterceptorStillFreesTheConnectionAtTheAttemptTimeout() throws Exception {
    sivi.on("/super/delete-user", StubSivi.stall());
    WebClient users = WebClient.create(vertx);
    try {
      Timeouts timeouts = Timeouts.defaults().withPerAttempt(Duration.ofMillis(300)).withWholeCall(Duration.ofSeconds(3));
      SiviConfig config = config(SUPER).timeouts(timeouts).retryPolicy(RetryPolicy.defaults().withMaxAttempts(1)).build();
      VertxSiviClient client = track(SiviVertx.builder(vertx, config).webClient(withoutInterceptors(users)).build());

      Throwable failure = Await.failure(client.deleteUser(USER));

      assertThat(((SiviTimeoutException) failure).kind()).isEqualTo(TransportErrorKind.RESPONSE_TIMEOUT);
      // Vert.x's idle timeout, set only on such a Web Client, ends the request at the same time.
      Await.within(RESET, () -> client.inFlight() == 0 && sivi.openConnections() == 0, "request ended, connection closed");
    } finally {
      users.close();
    }
  }

  @Test
  void cancellingTheAsyncStageAbortsTheRequest() throws Exception {
    sivi.on("/super/delete-user", StubSivi.dribble(20));
    VertxSiviClient client = client(SUPER);
    CompletableFuture<Void> call = client.asAsyncClient().deleteUser(USER).toCompletableFuture();
    Await.until(() -> sivi.requests().size() == 1, "the request reached the server");

    assertThat(call.cancel(true)).isTrue();

    Await.within(RESET, () -> client.inFlight() == 0 && sivi.openConnections() == 0, "request reset, connection closed");
    assertThat(call).isCancelled();
  }

  @Test
  void callCancelledWhileWaitingForAConnectionIsNeverSent() throws Exception {
    sivi.on("/super/delete-user", StubSivi.stall())
        .on("/super/reactivate-user", envelope(200, "User reactivated successfully"));
    VertxSiviClient client = client(config(SUPER).maxConnections(1).build());
    CompletableFuture<Void> holding = client.asAsyncClient().deleteUser(USER).toCompletableFuture();
    Await.until(() -> sivi.requests().size() == 1, "the only connection is taken");
    CompletableFuture<Void> waiting = client.asAsyncClient().reactivateUser(USER).toCompletableFuture();

    assertThat(waiting.cancel(true)).isTrue();
    // Frees the connection: the waiting request gets one, and is reset before anything is written.
    assertThat(holding.cancel(true)).isTrue();

    Await.within(RESET, () -> client.inFlight() == 0 && sivi.openConnections() == 0, "both requests reset");
    assertThat(sivi.requests()).extracting(StubSivi.Seen::path).containsExactly("/super/delete-user");
  }

  @Test
  void cancellingACallOnTheUsersWebClientResetsItAndLeavesTheirOwnRequestsAlone() throws Exception {
    sivi.on("/super/delete-user", StubSivi.stall())
        .on("/super/reactivate-user", envelope(200, "User reactivated successfully"));
    WebClient users = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false));
    try {
      Timeouts timeouts = Timeouts.defaults().withPerAttempt(Duration.ofSeconds(10)).withWholeCall(Duration.ofSeconds(12));
      SiviConfig config = config(SUPER).timeouts(timeouts).build();
      // Two clients on one Web Client: the second finds the interceptor already there.
      VertxSiviClient first = track(SiviVertx.builder(vertx, config).webClient(users).build());
      VertxSiviClient second = track(SiviVertx.builder(vertx, config).webClient(users).build());
      CompletableFuture<Void> call = first.asAsyncClient().deleteUser(USER).toCompletableFuture();
      Await.until(() -> sivi.requests().size() == 1, "the request reached the server");

      assertThat(call.cancel(true)).isTrue();

      Await.within(RESET, () -> first.inFlight() == 0 && sivi.openConnections() == 0, "request reset, connection closed");
      assertThat(Await.result(second.reactivateUser(USER))).isNull();
      HttpResponse<Buffer> own = Await.result(users.postAbs(sivi.baseUrl() + "/super/reactivate-user").send());
      assertThat(own.statusCode()).isEqualTo(200);
      assertThat(sivi.requests()).hasSize(3);
    } finally {
      users.close();
    }
  }

  /** A Web Client like the user's own that refuses interceptors, as a wrapper of the user's might. */
  private static WebClient withoutInterceptors(WebClient client) {
    return (WebClient)
        Proxy.newProxyInstance(
            WebClient.class.getClassLoader(),
            new Class<?>[] {WebClient.class},
            (proxy, method, args) -> {
              if (method.getName().equals("addInterceptor")) {
                throw new IllegalArgumentException("this Web Client takes no interceptors");
              }
              try {
                return method.invoke(client, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
