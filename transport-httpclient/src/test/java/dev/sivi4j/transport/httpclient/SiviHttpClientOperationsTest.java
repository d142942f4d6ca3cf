package dev.sivi4j.transport.httpclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.sivi4j.KeyKind;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.Brand;
import dev.sivi4j.domain.BrandPersona;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.transport.httpclient.testing.RecordedRequest;
import dev.sivi4j.transport.httpclient.testing.Reply;
import dev.sivi4j.transport.httpclient.testing.ScriptedServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every operation over real HTTP: the exact path, headers and body sent, and the result decoded. */
class SiviHttpClientOperationsTest {
  private static final AbstractUserId USER = AbstractUserId.of("user-12345");
  private static final String DONE = "{\"message\":\"Done\"}";

  private final ScriptedServer server = ScriptedServer.start();
  private HttpClientComponent component;

  private SiviClient client(SiviConfig config) {
    component = TestClients.component(config);
    return component.client();
  }

  private SiviClient client(KeyKind kind) {
    return client(TestClients.config(server, kind).build());
  }

  @AfterEach
  void checkPoolAndClose() {
    if (component != null) {
      assertThat(component.transport().poolStats().orElseThrow().getLeased()).isZero();
      component.client().close();
    }
    server.close();
  }

  private RecordedRequest only(String path, KeyKind kind) {
    assertThat(server.requests()).hasSize(1);
    return sent(0, path, kind);
  }

  private RecordedRequest sent(int index, String path, KeyKind kind) {
    RecordedRequest request = server.requests().get(index);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo(TestClients.BASE_PATH + "/" + kind.pathPrefix() + "/" + path);
    assertThat(request.headers().get("sivi-api-key")).containsExactly(TestClients.key(kind));
    assertThat(request.headers().get("content-type")).containsExactly("application/json");
    assertThat(request.header("accept")).isEqualTo("application/json");
    assertThat(request.header("user-agent")).startsWith("sivi4j/").contains(" Java/");
    return request;
  }

  @ParameterizedTest
  @EnumSource(KeyKind.class)
  void logsInAUserWithBrandPersonaAndPlan(KeyKind kind) {
    server.reply(Reply.envelope(200, "{\"accessToken\":\"at-1\",\"refreshToken\":\"rt-1\",\"workspaceId\":\"ws-9\"}"));
    BrandPersona persona =
        BrandPersona.builder().emotions("happy").industry("games").audience("working mom").designTags("minimal").build();
    Brand brand =
        Brand.builder("Sivi", "AI design generator")
            .url("https://sivi.ai")
            .logoUrl("https://sivi.ai/logo.png")
            .colors("#5662EC", "#EF9AB2")
            .fonts("Inter")
            .persona(persona)
            .build();

    UserLogin login = client(kind).loginUser(LoginUserRequest.builder(USER).brand(brand).planId("sp-01").build());

    assertThat(login.user().id()).isEqualTo(USER);
    assertThat(login.user().workspaceId()).isEqualTo("ws-9");
    assertThat(login.tokens().accessToken()).isEqualTo("at-1");
    assertThat(login.tokens().refreshToken()).isEqualTo("rt-1");
    JsonObject body = only("login-user", kind).json();
    assertThat(body.get("abstractUserId").getAsString()).isEqualTo("user-12345");
    assertThat(body.get("planId").getAsString()).isEqualTo("sp-01");
    JsonObject sentBrand = body.getAsJsonObject("brand");
    assertThat(sentBrand.get("brandName").getAsString()).isEqualTo("Sivi");
    assertThat(sentBrand.get("brandDescription").getAsString()).isEqualTo("AI design generator");
    assertThat(sentBrand.get("brandUrl").getAsString()).isEqualTo("https://sivi.ai");
    assertThat(sentBrand.get("brandLogo").getAsString()).isEqualTo("https://sivi.ai/logo.png");
    assertThat(strings(sentBrand.getAsJsonArray("brandColors"))).containsExactly("#5662EC", "#EF9AB2");
    assertThat(strings(sentBrand.getAsJsonArray("brandFonts"))).containsExactly("Inter");
    JsonObject sentPersona = sentBrand.getAsJsonObject("brandPersona");
    assertThat(strings(sentPersona.getAsJsonArray("emotions"))).containsExactly("happy");
    assertThat(sentPersona.get("industry").getAsString()).isEqualTo("games");
    assertThat(strings(sentPersona.getAsJsonArray("audience"))).containsExactly("working mom");
    assertThat(strings(sentPersona.getAsJsonArray("designTags"))).containsExactly("minimal");
  }

  @ParameterizedTest
  @EnumSource(KeyKind.class)
  void setsACreditLimitAndSendsUnlimitedAsMinusOne(KeyKind kind) {
    server.replyAlways(Reply.envelope(200, "{\"message\":\"Credit limit set successfully.\"}"));
    SiviClient sivi = client(kind);

    sivi.setCreditLimit(USER, CreditLimit.of(100));
    sivi.setCreditLimit(USER, CreditLimit.unlimited());

    assertThat(server.requests()).hasSize(2);
    JsonObject limited = sent(0, "set-user-credit-limit", kind).json();
    assertThat(limited.keySet()).containsExactlyInAnyOrder("abstractUserId", "creditLimit");
    assertThat(limited.get("abstractUserId").getAsString()).isEqualTo("user-12345");
    assertThat(limited.get("creditLimit").getAsLong()).isEqualTo(100);
    assertThat(sent(1, "set-user-credit-limit", kind).json().get("creditLimit").getAsLong()).isEqualTo(-1);
  }

  @ParameterizedTest
  @EnumSource(KeyKind.class)
  void deletesAUser(KeyKind kind) {
    server.reply(Reply.envelope(200, "{\"message\":\"Successfully deleted the user\"}"));

    client(kind).deleteUser(USER);

    JsonObject body = only("delete-user", kind).json();
    assertThat(body.keySet()).containsExactly("abstractUserId");
    assertThat(body.get("abstractUserId").getAsString()).isEqualTo("user-12345");
  }

  @ParameterizedTest
  @EnumSource(KeyKind.class)
  void reactivatesAUser(KeyKind kind) {
    server.reply(Reply.envelope(200, "{\"message\":\"User reactivated successfully\"}"));

    client(kind).reactivateUser(USER);

    JsonObject body = only("reactivate-user", kind).json();
    assertThat(body.keySet()).containsExactly("abstractUserId");
    assertThat(body.get("abstractUserId").getAsString()).isEqualTo("user-12345");
  }

  @Test
  void readsTheAccountAnalysisWithAnEnterpriseKey() {
    server.reply(
        Reply.envelope(
            200,
            "{\"yearlyAnalysis\":{\"numberOfGeneratedDesignVariations\":254,\"numberOfEditedDesigns\":46,"
                + "\"numberOfDownloadedDesigns\":24,\"numberOfMedia\":25,\"mediaSize\":\"25Mb\"},"
                + "\"monthlyAnalysis\":[{\"numberOfGeneratedDesignVariations\":54,\"numberOfEditedDesigns\":16,"
                + "\"numberOfDownloadedDesigns\":4,\"numberOfMedia\":250,\"mediaSize\":\"2Mb\"}],"
                + "\"creditBalance\":{\"availableCredits\":100,\"usedCredits\":20},\"lastAccessed\":1325312222}"));

    AccountAnalysis analysis = client(KeyKind.ENTERPRISE_ADMIN).accountAnalysis(USER);

    assertThat(analysis.yearly().generatedDesignVariations()).isEqualTo(254);
    assertThat(analysis.yearly().editedDesigns()).isEqualTo(46);
    assertThat(analysis.yearly().downloadedDesigns()).isEqualTo(24);
    assertThat(analysis.yearly().media()).isEqualTo(25);
    assertThat(analysis.yearly().mediaSize().text()).isEqualTo("25Mb");
    assertThat(analysis.monthly()).singleElement().satisfies(month -> assertThat(month.media()).isEqualTo(250));
    assertThat(analysis.creditBalance().availableCredits()).isEqualTo(100);
    assertThat(analysis.creditBalance().usedCredits()).isEqualTo(20);
    assertThat(analysis.lastAccessed()).contains(Instant.ofEpochSecond(1325312222));
    JsonObject body = only("account-analysis", KeyKind.ENTERPRISE_ADMIN).json();
    assertThat(body.keySet()).containsExactly("abstractUserId");
  }

  @Test
  void exportsWindowByWindowAndSplitsAWindowTheServiceHasMoreFor() {
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    Instant middle = start.plus(Duration.ofDays(30));
    Instant end = start.plus(Duration.ofDays(60));
    server.reply(
        Reply.envelope(200, "{\"variants\":[],\"media\":[],\"content\":[],\"next\":1}"),
        Reply.envelope(
            200,
            "{\"variants\":[{\"variantId\":\"v1\",\"variantImageUrl\":\"https://img/v1.jpg\","
                + "\"variantEditLink\":\"https://edit/v1\",\"variantWidth\":1080,\"variantHeight\":1080}],\"next\":0}"),
        Reply.envelope(200, "{\"media\":[{\"url\":\"https://img/m1.jpg\",\"type\":\"photo\"}],\"next\":0}"),
        Reply.envelope(
            200, "{\"content\":[{\"title\":\"heading\",\"subtitle\":\"sub\",\"bulletlist\":[\"1\",\"2\"]}],\"next\":0}"));

    List<ExportPage> pages =
        client(KeyKind.ENTERPRISE_ADMIN)
            .exportData(new ExportRequest(USER, start, end, Duration.ofDays(30)))
            .collect(Collectors.toList());

    Instant quarter = start.plus(Duration.ofDays(15));
    assertThat(pages).extracting(ExportPage::windowStart).containsExactly(start, quarter, middle);
    assertThat(pages).extracting(ExportPage::windowEnd).containsExactly(quarter, middle, end);
    assertThat(pages).allMatch(ExportPage::complete);
    assertThat(pages.get(0).variants()).singleElement().satisfies(v -> {
      assertThat(v.variantId()).isEqualTo("v1");
      assertThat(v.width()).hasValue(1080);
    });
    assertThat(pages.get(1).media()).singleElement().satisfies(m -> assertThat(m.type()).isEqualTo("photo"));
    assertThat(pages.get(2).content()).singleElement().satisfies(c -> assertThat(c.bulletList()).containsExactly("1", "2"));
    assertThat(server.requests()).hasSize(4);
    List<Map.Entry<Long, Long>> windows =
        List.of(
            Map.entry(start.getEpochSecond(), middle.getEpochSecond()),
            Map.entry(start.getEpochSecond(), quarter.getEpochSecond()),
            Map.entry(quarter.getEpochSecond(), middle.getEpochSecond()),
            Map.entry(middle.getEpochSecond(), end.getEpochSecond()));
    for (int i = 0; i < windows.size(); i++) {
      JsonObject body = sent(i, "export-data", KeyKind.ENTERPRISE_ADMIN).json();
      assertThat(body.get("abstractUserId").getAsString()).isEqualTo("user-12345");
      assertThat(body.get("startDate").getAsLong()).isEqualTo(windows.get(i).getKey());
      assertThat(body.get("endDate").getAsLong()).isEqualTo(windows.get(i).getValue());
    }
  }

  @Test
  void refusesEnterpriseOnlyOperationsWithASuperUserKeyBeforeSending() {
    SiviClient sivi = client(KeyKind.SUPER_USER);
    ExportRequest export = ExportRequest.of(USER, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-02T00:00:00Z"));

    assertThatThrownBy(() -> sivi.accountAnalysis(USER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs an enterprise admin API key");
    assertThatThrownBy(() -> sivi.exportData(export))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs an enterprise admin API key");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void usesThePathPrefixOverride() {
    server.reply(Reply.envelope(200, DONE));

    client(TestClients.config(server, KeyKind.SUPER_USER).pathPrefix("general").build()).deleteUser(USER);

    assertThat(server.requests()).singleElement().satisfies(
        request -> assertThat(request.path()).isEqualTo(TestClients.BASE_PATH + "/general/delete-user"));
  }

  private static List<String> strings(JsonArray array) {
    return array.asList().stream().map(element -> element.getAsString()).collect(Collectors.toList());
  }
}
