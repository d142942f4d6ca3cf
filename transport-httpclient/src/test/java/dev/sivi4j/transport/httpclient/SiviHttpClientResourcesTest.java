package dev.sivi4j.transport.httpclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sivi4j.KeyKind;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.error.SiviTransportException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.json.gson.GsonSiviCodec;
import dev.sivi4j.spi.SiviCodec;
import dev.sivi4j.transport.httpclient.testing.Reply;
import dev.sivi4j.transport.httpclient.testing.ScriptedServer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who owns what: sivi4j closes what it created and nothing else, and uses what the user brings. */
class SiviHttpClientResourcesTest {
  private static final AbstractUserId USER = AbstractUserId.of("user-12345");

  private final ScriptedServer server = ScriptedServer.start();
  private final SiviConfig config = TestClients.config(server, KeyKind.SUPER_USER).build();

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void createGivesAWorkingClient() {
    try (SiviClient sivi = SiviHttpClient.create(config)) {
      sivi.deleteUser(USER);
    }

    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void closingTheClientClosesTheHttpClientSivi4jCreated() {
    HttpClientComponent component = TestClients.component(config);
    SiviClient sivi = component.client();
    sivi.deleteUser(USER);

    sivi.close();

    assertThat(component.transport().ownsClient()).isTrue();
    assertThatThrownBy(() -> sivi.deleteUser(USER))
        .isInstanceOfSatisfying(
            SiviTransportException.class, e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.CLIENT_CLOSED));
    assertThat(server.requests()).hasSize(1);
    assertThat(component.transport().poolStats().orElseThrow().getLeased()).isZero();
  }

  @Test
  void closingEndsACallInFlight() throws Exception {
    server.replyAlways(Reply.never());
    SiviClient sivi = SiviHttpClient.create(config);
    CompletableFuture<Throwable> outcome =
        CompletableFuture.supplyAsync(() -> catchThrowable(() -> sivi.deleteUser(USER)));
    while (server.requests().isEmpty()) {
      Thread.sleep(5);
    }

    sivi.close();

    assertThat(outcome.get(4, TimeUnit.SECONDS))
        .isInstanceOfSatisfying(
            SiviTransportException.class, e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.CLIENT_CLOSED));
  }

  @Test
  void usesButNeverClosesTheUsersHttpClientAndMarksTheKeySensitiveOnIt() throws Exception {
    List<Boolean> keySensitive = new CopyOnWriteArrayList<>();
    PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create().build();
    try (CloseableHttpClient userClient =
        HttpClients.custom()
            .setConnectionManager(pool)
            .disableAutomaticRetries()
            .addRequestInterceptorLast(
                (request, entity, context) -> {
                  if (request.containsHeader("sivi-api-key")) {
                    keySensitive.add(request.getFirstHeader("sivi-api-key").isSensitive());
                  }
                })
            .build()) {
      HttpClientComponent component = HttpClientComponent.create(config, Optional.of(userClient), Optional.empty());
      SiviClient sivi = component.client();

      sivi.deleteUser(USER);
      sivi.close();

      assertThat(component.transport().ownsClient()).isFalse();
      assertThat(component.transport().poolStats()).isEmpty();
      assertThat(keySensitive).containsExactly(true);
      assertThat(pool.getTotalStats().getLeased()).isZero();
      int status = userClient.execute(new HttpGet(server.baseUrl().resolve("/still-open")), response -> response.getCode());
      assertThat(status).isEqualTo(200);
      assertThat(server.requests()).extracting(request -> request.path())
          .containsExactly(TestClients.BASE_PATH + "/super/delete-user", "/still-open");
    }
  }

  @Test
  void usesTheUsersCodecInsteadOfTheDefault() {
    List<String> calls = new CopyOnWriteArrayList<>();
    SiviCodec gson = GsonSiviCodec.create();
    SiviCodec recording =
        (SiviCodec)
            Proxy.newProxyInstance(
                SiviCodec.class.getClassLoader(),
                new Class<?>[] {SiviCodec.class},
                (proxy, method, args) -> {
                  calls.add(method.getName());
                  try {
                    return method.invoke(gson, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    server.reply(Reply.envelope(200, "{\"message\":\"Successfully deleted the user\"}"));

    try (SiviClient sivi = SiviHttpClient.builder(config).codec(recording).build()) {
      sivi.deleteUser(USER);
    }

    assertThat(calls).containsExactly("encodeUserId", "decodeMessage");
  }

  @Test
  void rejectsMissingParts() {
    assertThatThrownBy(() -> SiviHttpClient.builder(null)).isInstanceOf(NullPointerException.class).hasMessage("config");
    assertThatThrownBy(() -> SiviHttpClient.builder(config).httpClient(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("httpClient");
    assertThatThrownBy(() -> SiviHttpClient.builder(config).codec(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("codec");
  }
}
