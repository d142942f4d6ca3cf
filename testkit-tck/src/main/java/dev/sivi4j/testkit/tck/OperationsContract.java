package dev.sivi4j.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.sivi4j.KeyKind;
import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.Brand;
import dev.sivi4j.domain.BrandPersona;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import dev.sivi4j.testkit.RecordedRequest;
import dev.sivi4j.testkit.Usage;
import dev.sivi4j.testkit.UserSnapshot;
import dev.sivi4j.testkit.internal.http.HttpRequestData;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every operation over loopback against the fake Sivi service, with both key kinds: the request on the
 * wire (method, path per key kind, headers, body JSON) and the result decoded from the fake's answer.
 */
public abstract class OperationsContract extends TransportContract {
  private static final List<KeyKind> KINDS = List.of(KeyKind.SUPER_USER, KeyKind.ENTERPRISE_ADMIN);

  /**
   * For subclasses.
   *
   * @param transport the transport under test, fresh for this test
   */
  protected OperationsContract(TransportUnderTest transport) {
    super(transport);
  }

  /** One fake with one canary account of a kind, and a client for it. */
  private record Setup(FakeSiviServer server, FakeAccount account, SiviClient client) {
    FakeSivi fake() {
      return server.fake();
    }
  }

  private Setup setUp(KeyKind kind) {
    FakeSiviServer server = fakeServer();
    FakeAccount account = canaryAccount(server.fake(), kind);
    return new Setup(server, account, client(config(server.baseUri(), kind).build()));
  }

  @Test
  void logsInAUserWithBrandAndPlan() {
    Brand brand =
        Brand.builder("Sivi", "AI design generator")
            .url("https://sivi.ai")
            .logoUrl("https://sivi.ai/logo.png")
            .colors("#5662EC", "#EF9AB2")
            .fonts("Inter")
            .persona(BrandPersona.builder().emotions("happy").industry("games").audience("makers").designTags("minimal").build())
            .build();
    for (KeyKind kind : KINDS) {
      Setup s = setUp(kind);

      UserLogin login = success(call(() -> s.client().loginUser(LoginUserRequest.builder(USER).brand(brand).planId("sp-01").build())), RELAXED);

      UserSnapshot user = s.fake().user(s.account(), USER).orElseThrow();
      assertThat(login.user().id()).isEqualTo(USER);
      assertThat(login.user().workspaceId()).isEqualTo(user.workspaceId());
      assertThat(s.fake().accessTokenActive(login.tokens().accessToken())).isTrue();
      assertThat(login.tokens().refreshToken()).isNotBlank();
      JsonObject body = only(s, kind, Operation.LOGIN_USER);
      assertThat(body.get("abstractUserId").getAsString()).isEqualTo(USER.value());
      assertThat(body.get("planId").getAsString()).isEqualTo("sp-01");
      JsonObject sentBrand = body.getAsJsonObject("brand");
      assertThat(sentBrand.get("brandName").getAsString()).isEqualTo("Sivi");
      assertThat(sentBrand.get("brandDescription").getAsString()).isEqualTo("AI design generator");
      assertThat(sentBrand.get("brandUrl").getAsString()).isEqualTo("https://sivi.ai");
      assertThat(sentBrand.get("brandLogo").getAsString()).isEqualTo("https://sivi.ai/logo.png");
      assertThat(strings(sentBrand.get("brandColors"))).containsExactly("#5662EC", "#EF9AB2");
      assertThat(strings(sentBrand.get("brandFonts"))).containsExactly("Inter");
      JsonObject persona = sentBrand.getAsJsonObject("brandPersona");
      assertThat(strings(persona.get("emotions"))).containsExactly("happy");
      assertThat(persona.get("industry").getAsString()).isEqualTo("games");
      assertThat(strings(persona.get("audience"))).containsExactly("makers");
      assertThat(strings(persona.get("designTags"))).containsExactly("minimal");
    }
  }

  @Test
  void setsACreditLimitAndSendsUnlimitedAsMinusOne() {
    for (KeyKind kind : KINDS) {
      Setup s = setUp(kind);
      success(call(() -> s.client().loginUser(LoginUserRequest.of(USER))), RELAXED);

      success(run(() -> s.client().setCreditLimit(USER, CreditLimit.of(100))), RELAXED);
      assertThat(s.fake().user(s.account(), USER).orElseThrow().creditLimit()).isEqualTo(100);
      success(run(() -> s.client().setCreditLimit(USER, CreditLimit.unlimited())), RELAXED);

      assertThat(s.fake().user(s.account(), USER).orElseThrow().creditLimit()).isEqualTo(-1);
      List<RecordedRequest> sent = sent(s, kind, Operation.SET_CREDIT_LIMIT);
      assertThat(sent).hasSize(2);
      JsonObject limited = json(sent.get(0));
      assertThat(limited.keySet()).containsExactlyInAnyOrder("abstractUserId", "creditLimit");
      assertThat(limited.get("creditLimit").getAsLong()).isEqualTo(100);
      assertThat(json(sent.get(1)).get("creditLimit").getAsLong()).isEqualTo(-1);
    }
  }

  @Test
  void deletesAndReactivatesAUser() {
    for (KeyKind kind : KINDS) {
      Setup s = setUp(kind);
      success(call(() -> s.client().loginUser(LoginUserRequest.of(USER))), RELAXED);

      success(run(() -> s.client().deleteUser(USER)), RELAXED);
      assertThat(s.fake().user(s.account(), USER).orElseThrow().deleted()).isTrue();
      success(run(() -> s.client().reactivateUser(USER)), RELAXED);

      assertThat(s.fake().user(s.account(), USER).orElseThrow().deleted()).isFalse();
      assertThat(json(sent(s, kind, Operation.DELETE_USER).get(0)).keySet()).containsExactly("abstractUserId");
      JsonObject reactivate = json(sent(s, kind, Operation.REACTIVATE_USER).get(0));
      assertThat(reactivate.keySet()).containsExactly("abstractUserId");
      assertThat(reactivate.get("abstractUserId").getAsString()).isEqualTo(USER.value());
    }
  }

  @Test
  void readsTheAccountAnalysisWithAnEnterpriseKey() {
    Setup s = setUp(KeyKind.ENTERPRISE_ADMIN);
    success(call(() -> s.client().loginUser(LoginUserRequest.of(USER))), RELAXED);
    assertThat(s.fake().recordUsage(s.account(), USER, Usage.generated(7)).accepted()).isTrue();

    AccountAnalysis analysis = success(call(() -> s.client().accountAnalysis(USER)), RELAXED);

    assertThat(analysis.yearly().generatedDesignVariations()).isEqualTo(7);
    assertThat(analysis.monthly()).isNotEmpty();
    assertThat(analysis.monthly().stream().mapToLong(m -> m.generatedDesignVariations()).sum()).isEqualTo(7);
    assertThat(analysis.creditBalance().usedCredits()).isEqualTo(s.fake().creditPool(s.account()).usedCredits());
    assertThat(analysis.lastAccessed()).isPresent();
    JsonObject body = only(s, KeyKind.ENTERPRISE_ADMIN, Operation.ACCOUNT_ANALYSIS);
    assertThat(body.get("abstractUserId").getAsString()).isEqualTo(USER.value());
  }

  @Test
  void exportsDataWindowByWindowWithAnEnterpriseKey() {
    Setup s = setUp(KeyKind.ENTERPRISE_ADMIN);
    success(call(() -> s.client().loginUser(LoginUserRequest.of(USER))), RELAXED);
    assertThat(s.fake().recordUsage(s.account(), USER, Usage.generated(3)).accepted()).isTrue();
    Instant now = s.fake().clock().instant().truncatedTo(ChronoUnit.SECONDS);
    Instant start = now.minus(Duration.ofDays(2));
    Instant end = now.plus(Duration.ofHours(1));

    List<ExportPage> pages =
        success(call(() -> {
          try (Stream<ExportPage> stream = s.client().exportData(new ExportRequest(USER, start, end, Duration.ofDays(1)))) {
            return stream.collect(Collectors.toList());
          }
        }), RELAXED);

    assertThat(pages).hasSize(3);
    assertThat(pages.get(0).windowStart()).isEqualTo(start);
    assertThat(pages.get(pages.size() - 1).windowEnd()).isEqualTo(end);
    assertThat(pages.stream().mapToInt(p -> p.variants().size()).sum()).isEqualTo(3);
    List<RecordedRequest> sent = sent(s, KeyKind.ENTERPRISE_ADMIN, Operation.EXPORT_DATA);
    assertThat(sent).hasSize(3);
    JsonObject first = json(sent.get(0));
    assertThat(first.get("abstractUserId").getAsString()).isEqualTo(USER.value());
    assertThat(first.get("startDate").getAsLong()).isEqualTo(start.getEpochSecond());
    assertThat(first.get("endDate").getAsLong()).isEqualTo(start.plus(Duration.ofDays(1)).getEpochSecond());
  }

  @Test
  void sendsTheDocumentedHeadersOnEveryOperation() {
    for (KeyKind kind : KINDS) {
      ScriptedSivi server = scripted(
          ScriptedSivi.envelope(200, 200, "{\"accessToken\":\"at\",\"refreshToken\":\"rt\",\"workspaceId\":\"ws\"}"),
          ScriptedSivi.error(200, "Done"));
      SiviClient sivi = client(config(server.baseUri(), kind).build());

      success(call(() -> sivi.loginUser(LoginUserRequest.of(USER))), RELAXED);
      success(run(() -> sivi.setCreditLimit(USER, CreditLimit.of(5))), RELAXED);
      success(run(() -> sivi.deleteUser(USER)), RELAXED);
      success(run(() -> sivi.reactivateUser(USER)), RELAXED);

      List<HttpRequestData> requests = server.requests();
      assertThat(requests).extracting(HttpRequestData::pathWithoutQuery).containsExactly(
          path(kind, Operation.LOGIN_USER), path(kind, Operation.SET_CREDIT_LIMIT),
          path(kind, Operation.DELETE_USER), path(kind, Operation.REACTIVATE_USER));
      for (HttpRequestData request : requests) {
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.header("sivi-api-key")).isEqualTo(Canary.secret(kind));
        assertThat(request.header("content-type")).isEqualTo("application/json");
        assertThat(request.header("accept")).isEqualTo("application/json");
        assertThat(request.header("user-agent")).matches("sivi4j/\\S+ Java/\\S+");
        assertThat(request.headers()).doesNotContainKeys("authorization", "cookie");
        assertThat(JsonParser.parseString(new String(request.body(), StandardCharsets.UTF_8)).isJsonObject()).isTrue();
      }
    }
  }

  @Test
  void honoursThePathPrefixOverrideAndTheBaseUrlPath() {
    FakeSiviServer server = fakeServer();
    canaryAccount(server.fake(), KeyKind.SUPER_USER);
    SiviClient general = client(config(server.baseUri(), KeyKind.SUPER_USER).pathPrefix("general").build());
    SiviClient staging = client(config(server.stagingBaseUri(), KeyKind.SUPER_USER).build());

    success(call(() -> general.loginUser(LoginUserRequest.of(USER))), RELAXED);
    success(run(() -> staging.deleteUser(USER)), RELAXED);

    assertThat(server.fake().journal().requests())
        .extracting(RecordedRequest::path)
        .containsExactly("/api/prod/v2/general/login-user", "/api/staging/v2/super/delete-user");
  }

  private static String path(KeyKind kind, Operation operation) {
    return ScriptedSivi.BASE_PATH + "/" + kind.pathPrefix() + "/" + operation.endpoint();
  }

  /** The requests the fake saw for an operation, each checked for method, path, key and success. */
  private static List<RecordedRequest> sent(Setup s, KeyKind kind, Operation operation) {
    List<RecordedRequest> requests =
        s.fake().journal().requests().stream().filter(r -> r.operation().equals(Optional.of(operation))).toList();
    for (RecordedRequest request : requests) {
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo(path(kind, operation));
      assertThat(request.accountId()).as("the account whose key was sent").contains(s.account().id());
      assertThat(request.status()).isEqualTo(200);
    }
    return requests;
  }

  private static JsonObject only(Setup s, KeyKind kind, Operation operation) {
    List<RecordedRequest> requests = sent(s, kind, operation);
    assertThat(requests).hasSize(1);
    return json(requests.get(0));
  }

  private static JsonObject json(RecordedRequest request) {
    return JsonParser.parseString(request.body()).getAsJsonObject();
  }

  private static List<String> strings(JsonElement array) {
    return array.getAsJsonArray().asList().stream().map(JsonElement::getAsString).toList();
  }
}
