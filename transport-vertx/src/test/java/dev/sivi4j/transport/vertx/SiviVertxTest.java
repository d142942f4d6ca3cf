package dev.sivi4j.transport.vertx;

import static dev.sivi4j.transport.vertx.StubSivi.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.CallOptions;
import dev.sivi4j.RetryPolicy;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.error.ServerErrorException;
import dev.sivi4j.json.gson.GsonSiviCodec;
import dev.sivi4j.spi.SiviCodec;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the factory builds, and what closing a client leaves open. */
class SiviVertxTest extends LoopbackTestBase {
  private static final AbstractUserId USER = AbstractUserId.of("user-12345");

  @Test
  void closingTheClientLeavesTheUsersVertxOpen() throws Exception {
    sivi.on("/super/delete-user", envelope(200, "Successfully deleted the user"));
    VertxSiviClient client = SiviVertx.create(vertx, config(SUPER).build());
    Await.result(client.deleteUser(USER));

    client.close();
    client.close();

    assertThat(Await.result(vertx.executeBlocking(() -> "still running"))).isEqualTo("still running");
    VertxSiviClient another = client(SUPER);
    assertThat(Await.result(another.deleteUser(USER))).isNull();
  }

  @Test
  void usersWebClientCarriesTheCallsAndStaysOpen() throws Exception {
    sivi.on("/super/delete-user", envelope(200, "Successfully deleted the user"));
    WebClient own = WebClient.create(vertx);
    try {
      VertxSiviClient client = SiviVertx.builder(vertx, config(SUPER).build()).webClient(own).build();
      Await.result(client.deleteUser(USER));
      client.close();

      HttpResponse<Buffer> direct = Await.result(own.postAbs(sivi.baseUrl() + "/super/delete-user").send());

      assertThat(direct.statusCode()).isEqualTo(200);
      assertThat(sivi.requests()).hasSize(2);
    } finally {
      own.close();
    }
  }

  @Test
  void usersCodecEncodesTheRequests() throws Exception {
    sivi.on("/super/delete-user", envelope(200, "Successfully deleted the user"));
    AtomicInteger encodes = new AtomicInteger();
    SiviCodec gson = GsonSiviCodec.create();
    InvocationHandler counting =
        (proxy, method, args) -> {
          if (method.getName().startsWith("encode")) {
            encodes.incrementAndGet();
          }
          try {
            return method.invoke(gson, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        };
    SiviCodec codec =
        (SiviCodec) Proxy.newProxyInstance(SiviCodec.class.getClassLoader(), new Class<?>[] {SiviCodec.class}, counting);

    VertxSiviClient client = track(SiviVertx.builder(vertx, config(SUPER).build()).codec(codec).build());
    Await.result(client.deleteUser(USER));

    assertThat(encodes.get()).isEqualTo(1);
  }

  @Test
  void eachBuildMakesAnIndependentClient() throws Exception {
    sivi.on("/super/delete-user", envelope(200, "Successfully deleted the user"));
    SiviVertx.Builder builder = SiviVertx.builder(vertx, config(SUPER).build());
    VertxSiviClient first = builder.build();
    VertxSiviClient second = track(builder.build());

    first.close();

    assertThat(Await.result(second.deleteUser(USER))).isNull();
  }

  @Test
  void withOptionsOverridesTheRetryPolicyForItsCallsOnly() throws Exception {
    sivi.on("/super/delete-user", envelope(500, "Server internal error"));
    VertxSiviClient client = client(SUPER);
    VertxSiviClient once = client.withOptions(CallOptions.none().withRetryPolicy(RetryPolicy.none()));

    assertThat(Await.failure(once.deleteUser(USER))).isInstanceOf(ServerErrorException.class);
    assertThat(sivi.requests()).hasSize(1);
    once.close();
    assertThat(Await.failure(client.deleteUser(USER))).isInstanceOf(ServerErrorException.class);
    assertThat(sivi.requests()).hasSize(4);
  }

  @Test
  void factoryRejectsMissingArguments() {
    assertThatThrownBy(() -> SiviVertx.create(null, config(SUPER).build()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("vertx");
    assertThatThrownBy(() -> SiviVertx.create(vertx, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("config");
    assertThatThrownBy(() -> SiviVertx.builder(vertx, config(SUPER).build()).webClient(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("webClient");
  }

  @Test
  void noRequestHeaderOrMessageShowsTheKeyOutsideItsOwnHeader() throws Exception {
    sivi.on("/super/delete-user", envelope(401, "Failed to authenticate request. Please add sivi-api-key header in request"));

    Throwable failure = Await.failure(client(SUPER).deleteUser(USER));

    assertThat(failure.toString()).doesNotContain(SUPER_SECRET);
    assertThat(String.valueOf(failure.getMessage())).doesNotContain(SUPER_SECRET);
    StubSivi.Seen seen = sivi.requests().get(0);
    seen.headers().forEach(
        header -> {
          if (!header.getKey().equalsIgnoreCase("sivi-api-key")) {
            assertThat(header.getValue()).doesNotContain(SUPER_SECRET);
          }
        });
    assertThat(seen.body().getBytes(StandardCharsets.UTF_8).length).isPositive();
    assertThat(seen.body()).doesNotContain(SUPER_SECRET);
  }
}
