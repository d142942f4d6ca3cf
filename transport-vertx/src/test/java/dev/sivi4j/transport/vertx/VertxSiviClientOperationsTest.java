package dev.sivi4j.transport.vertx;

import static dev.sivi4j.transport.vertx.StubSivi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.ApiKey;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.UserLogin;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VertxSiviClientOperationsTest extends LoopbackTestBase {
  private static final AbstractUserId USER = AbstractUserId.of("user-12345");

  private static ApiKey key(String prefix) {
    return prefix.equals("super") ? SUPER : ENTERPRISE;
  }

  @ParameterizedTest
  @ValueSource(strings = {"super", "enterprise"})
  void loginUserPostsTheUserAndDecodesTheTokens(String prefix) throws Exception {
    sivi.on(
        "/" + prefix + "/login-user",
        json(200, "{\"status\":200,\"body\":{\"accessToken\":\"at-1\",\"refreshToken\":\"rt-1\",\"workspaceId\":\"ws-1\"}}"));

    UserLogin login = Await.result(client(key(prefix)).loginUser(LoginUserRequest.of(USER)));

    assertThat(login.user().id()).isEqualTo(USER);
    assertThat(login.user().workspaceId()).isEqualTo("ws-1");
    assertThat(login.tokens().accessToken()).isEqualTo("at-1");
    assertThat(login.tokens().refreshToken()).isEqualTo("rt-1");
    StubSivi.Seen request = sivi.requests().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/" + prefix + "/login-user");
    assertThat(request.headers().get("sivi-api-key")).isEqualTo(key(prefix).reveal());
    assertThat(request.headers().get("content-type")).isEqualTo("application/json");
    assertThat(request.headers().get("accept")).isEqualTo("application/json");
    assertThat(request.headers().get("user-agent")).startsWith("sivi4j/").contains(" Java/");
    assertThat(request.json().getString("abstractUserId")).isEqualTo("user-12345");
  }

  @ParameterizedTest
  @ValueSource(strings = {"super", "enterprise"})
  void setCreditLimitSendsTheLimitAndUnlimitedAsMinusOne(String prefix) throws Exception {
    sivi.on(
        "/" + prefix + "/set-user-credit-limit",
        json(200, "{\"status\":200,\"body\":{\"message\":\"Credit limit set successfully.\"}}"));
    VertxSiviClient client = client(key(prefix));

    Await.result(client.setCreditLimit(USER, CreditLimit.of(100)));
    Await.result(client.setCreditLimit(USER, CreditLimit.unlimited()));

    List<StubSivi.Seen> requests = sivi.requests();
    assertThat(requests).extracting(StubSivi.Seen::path).containsOnly("/" + prefix + "/set-user-credit-limit");
    assertThat(requests.get(0).json().getString("abstractUserId")).isEqualTo("user-12345");
    assertThat(requests.get(0).json().getLong("creditLimit")).isEqualTo(100L);
    assertThat(requests.get(1).json().getLong("creditLimit")).isEqualTo(-1L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"super", "enterprise"})
  void deleteAndReactivatePostTheUserId(String prefix) throws Exception {
    sivi.on("/" + prefix + "/delete-user", json(200, "{\"status\":200,\"body\":{\"message\":\"Successfully deleted the user\"}}"))
        .on("/" + prefix + "/reactivate-user", json(200, "{\"status\":200,\"body\":{\"message\":\"User reactivated successfully\"}}"));
    VertxSiviClient client = client(key(prefix));

    assertThat(Await.result(client.deleteUser(USER))).isNull();
    assertThat(Await.result(client.reactivateUser(USER))).isNull();

    assertThat(sivi.requests())
        .extracting(StubSivi.Seen::path)
        .containsExactly("/" + prefix + "/delete-user", "/" + prefix + "/reactivate-user");
    assertThat(sivi.requests())
        .allSatisfy(seen -> assertThat(seen.json()).isEqualTo(new JsonObject().put("abstractUserId", "user-12345")));
  }

  @Test
  void accountAnalysisDecodesUsageAndCredits() throws Exception {
    sivi.on(
        "/enterprise/account-analysis",
        json(200, """
            {"status":200,"body":{
              "yearlyAnalysis":{"numberOfGeneratedDesignVariations":254,"numberOfEditedDesigns":46,
                "numberOfDownloadedDesigns":24,"numberOfMedia":25,"mediaSize":"25Mb"},
              "monthlyAnalysis":[{"numberOfGeneratedDesignVariations":54,"numberOfEditedDesigns":16,
                "numberOfDownloadedDesigns":4,"numberOfMedia":250,"mediaSize":"2Mb"}],
              "creditBalance":{"availableCredits":100,"usedCredits":20},
              "lastAccessed":1325312222}}"""));

    AccountAnalysis analysis = Await.result(client(ENTERPRISE).accountAnalysis(USER));

    assertThat(analysis.yearly().generatedDesignVariations()).isEqualTo(254);
    assertThat(analysis.yearly().mediaSize().text()).isEqualTo("25Mb");
    assertThat(analysis.monthly()).hasSize(1);
    assertThat(analysis.monthly().get(0).media()).isEqualTo(250);
    assertThat(analysis.creditBalance().availableCredits()).isEqualTo(100);
    assertThat(analysis.creditBalance().usedCredits()).isEqualTo(20);
    assertThat(analysis.lastAccessed()).contains(Instant.ofEpochSecond(1325312222));
    assertThat(sivi.requests().get(0).path()).isEqualTo("/enterprise/account-analysis");
    assertThat(sivi.requests().get(0).headers().get("sivi-api-key")).isEqualTo(ENTERPRISE_SECRET);
  }

  @Test
  void exportDataPublishesOnePagePerWindow() throws Exception {
    sivi.on(
        "/enterprise/export-data",
        json(200, """
            {"status":200,"body":{
              "variants":[{"variantImageUrl":"https://img.example/v.jpg","variantEditLink":"https://edit.example/v",
                "variantId":"sh0V7MlzOPm","variantWidth":1080,"variantHeight":1080}],
              "media":[{"url":"https://img.example/m.jpg","type":"photo"}],
              "content":[{"title":"heading","subtitle":"sub","bulletlist":["1","2"]}],
              "next":0}}"""));
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    ExportRequest request = ExportRequest.of(USER, start, start.plusSeconds(10 * 86_400));

    List<ExportPage> pages = Await.result(Pages.collect(client(ENTERPRISE).exportData(request)));

    assertThat(pages).hasSize(1);
    ExportPage page = pages.get(0);
    assertThat(page.variants()).singleElement().satisfies(v -> assertThat(v.variantId()).isEqualTo("sh0V7MlzOPm"));
    assertThat(page.media()).singleElement().satisfies(m -> assertThat(m.type()).isEqualTo("photo"));
    assertThat(page.content()).singleElement().satisfies(c -> assertThat(c.bulletList()).containsExactly("1", "2"));
    assertThat(page.complete()).isTrue();
    JsonObject body = sivi.requests().get(0).json();
    assertThat(body.getString("abstractUserId")).isEqualTo("user-12345");
    assertThat(body.getLong("startDate")).isEqualTo(start.getEpochSecond());
    assertThat(body.getLong("endDate")).isEqualTo(start.getEpochSecond() + 10 * 86_400);
  }

  @Test
  void enterpriseOnlyOperationsRefuseASuperUserKeyBeforeSending() {
    VertxSiviClient client = client(SUPER);
    Instant start = Instant.parse("2026-01-01T00:00:00Z");

    assertThatThrownBy(() -> client.accountAnalysis(USER)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> client.exportData(ExportRequest.of(USER, start, start.plusSeconds(60))))
        .isInstanceOf(IllegalStateException.class);
    assertThat(sivi.requests()).isEmpty();
  }

  @Test
  void asAsyncClientIsTheSameClientAsCompletionStages() throws Exception {
    sivi.on("/super/delete-user", json(200, "{\"status\":200,\"body\":{\"message\":\"Successfully deleted the user\"}}"));

    Await.result(client(SUPER).asAsyncClient().deleteUser(USER));

    assertThat(sivi.requests()).extracting(StubSivi.Seen::path).containsExactly("/super/delete-user");
  }
}
