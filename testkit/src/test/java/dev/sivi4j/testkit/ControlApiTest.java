package dev.sivi4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.error.ServerErrorException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The control API under /_fake/, driven over real HTTP with the JDK client. */
class ControlApiTest {
  private static final Instant START = Instant.parse("2026-01-10T12:00:00Z");
  private static final AbstractUserId USER = AbstractUserId.of("user-1");
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final FakeSivi fake = FakeSivi.builder().clock(FakeClock.fixedAt(START)).build();
  private final FakeAccount account = fake.createAccount(FakeKeyKind.ENTERPRISE_ADMIN);
  private final FakeSiviServer server = fake.startServer();
  private final SiviClient client = fake.blockingClient(account);

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private record Reply(int status, JsonObject json, HttpResponse<String> raw) {}

  private Reply call(String method, String path, String body, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.controlUri() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), JsonParser.parseString(response.body()).getAsJsonObject(), response);
  }

  private Reply usage(String body) throws IOException, InterruptedException {
    return call("POST", "/usage", body, "sivi-api-key", account.secret());
  }

  @Test
  void usageOverHttpGivesTheSameAnalysisAndExportAsRecordUsage() throws Exception {
    FakeSivi twin = FakeSivi.builder().clock(FakeClock.fixedAt(START)).build();
    FakeAccount twinAccount = twin.createAccount(FakeKeyKind.ENTERPRISE_ADMIN);
    try (SiviClient twinClient = twin.blockingClient(twinAccount)) {
      for (SiviClient c : List.of(client, twinClient)) {
        c.loginUser(LoginUserRequest.of(USER));
        c.setCreditLimit(USER, CreditLimit.of(100));
      }
      twin.recordUsage(twinAccount, USER, Usage.builder().generatedVariations(10).editedDesigns(3)
          .downloadedDesigns(2).media(2, 3L << 20).build());
      Reply reply = usage("{\"abstractUserId\":\"user-1\",\"numberOfGeneratedDesignVariations\":10,"
          + "\"numberOfEditedDesigns\":3,\"numberOfDownloadedDesigns\":2,\"numberOfMedia\":2,\"mediaBytes\":3145728}");

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.json().get("message").getAsString()).isEqualTo("Usage recorded");
      assertThat(client.accountAnalysis(USER)).isEqualTo(twinClient.accountAnalysis(USER));
      assertThat(client.accountAnalysis(USER).yearly().generatedDesignVariations()).isEqualTo(10);
      ExportRequest export = ExportRequest.of(USER, START.minus(Duration.ofDays(1)), START.plusSeconds(60));
      List<ExportPage> pages = client.exportData(export).toList();
      assertThat(pages).isEqualTo(twinClient.exportData(export).toList());
      assertThat(pages).flatExtracting(ExportPage::variants).hasSize(13);
    }
  }

  @Test
  void usageAnswers429WhenTheCreditsRunOutAndDebitsNothing() throws Exception {
    client.loginUser(LoginUserRequest.of(USER));
    client.setCreditLimit(USER, CreditLimit.of(5));

    Reply reply = usage("{\"abstractUserId\":\"user-1\",\"numberOfGeneratedDesignVariations\":6}");

    assertThat(reply.status()).isEqualTo(429);
    assertThat(reply.json().get("message").getAsString()).isEqualTo("Insufficient credit limit");
    assertThat(fake.creditPool(account).usedCredits()).isZero();
  }

  @Test
  void badUsageGets400NamingTheFieldAndRecordsNothing() throws Exception {
    client.loginUser(LoginUserRequest.of(USER));

    assertThat(call("POST", "/usage", "{\"abstractUserId\":\"user-1\"}").json().get("field").getAsString())
        .isEqualTo("sivi-api-key");
    assertThat(call("POST", "/usage", "{\"abstractUserId\":\"user-1\"}", "sivi-api-key", "nope-nope-nope").status())
        .isEqualTo(401);
    assertBad(usage("{\"abstractUserId\":\"user-1\",\"numberOfMedia\":-1}"), "numberOfMedia");
    assertBad(usage("{\"abstractUserId\":\"user-1\",\"numberOfMedia\":1.5}"), "numberOfMedia");
    assertBad(usage("{\"abstractUserId\":\"user-1\",\"numberOfGeneratedDesignVariations\":\"3\"}"),
        "numberOfGeneratedDesignVariations");
    assertBad(usage("{\"abstractUserId\":\"user-1\",\"mediaBytes\":10}"), "mediaBytes");
    assertBad(usage("{\"abstractUserId\":\"user-1\",\"numberOfVideos\":1}"), "numberOfVideos");
    assertBad(usage("{\"numberOfEditedDesigns\":1}"), "abstractUserId");
    assertBad(usage("{\"abstractUserId\":\" \"}"), "abstractUserId");
    assertBad(usage("[1]"), "body");
    assertBad(usage("{\"abstractUserId\":\"user-1\",\"credits\":-2}"), "credits");
    assertThat(usage("{\"abstractUserId\":\"nobody\",\"numberOfEditedDesigns\":1}").status()).isEqualTo(400);
    assertThat(fake.user(account, USER).orElseThrow().activities()).isZero();
    assertThat(fake.creditPool(account).usedCredits()).isZero();
  }

  @Test
  void aBodyThatIsNotUtf8Gets400() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.controlUri() + "/clock/advance"))
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', 's', (byte) 0xC3, '"', ':', '1', '}'}))
        .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"body\"").contains("UTF-8");
  }

  @Test
  void readsAndAdvancesTheClock() throws Exception {
    Reply now = call("GET", "/clock", null);
    Reply later = call("POST", "/clock/advance", "{\"seconds\":3600}");

    assertThat(now.json().get("now").getAsString()).isEqualTo(START.toString());
    assertThat(now.json().get("fixed").getAsBoolean()).isTrue();
    assertThat(later.json().get("now").getAsString()).isEqualTo(START.plusSeconds(3600).toString());
    assertThat(fake.clock().instant()).isEqualTo(START.plusSeconds(3600));
    assertBad(call("POST", "/clock/advance", "{\"seconds\":-1}"), "seconds");
    assertBad(call("POST", "/clock/advance", "{\"seconds\":\"10\"}"), "seconds");
    assertBad(call("POST", "/clock/advance", "{}"), "seconds");
    assertBad(call("POST", "/clock/advance", "{\"seconds\":1,\"minutes\":2}"), "minutes");
    assertThat(fake.clock().instant()).isEqualTo(START.plusSeconds(3600));
  }

  @Test
  void injectsListsAndClearsFaults() throws Exception {
    Reply injected = call("POST", "/faults", "{\"kind\":\"status\",\"status\":503,\"operation\":\"login-user\","
        + "\"user\":\"user-1\",\"times\":2}");

    assertThat(injected.status()).isEqualTo(201);
    SiviClient noRetries = fake.blockingClient(account, c -> c.retryPolicy(dev.sivi4j.RetryPolicy.none()));
    Assertions.assertThatThrownBy(() -> noRetries.loginUser(LoginUserRequest.of(USER)))
        .isInstanceOf(ServerErrorException.class);
    JsonArray listed = call("GET", "/faults", null).json().getAsJsonArray("faults");
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).getAsJsonObject().get("timesApplied").getAsInt()).isEqualTo(1);
    assertThat(call("DELETE", "/faults", null).json().get("cleared").getAsInt()).isEqualTo(1);
    assertThat(noRetries.loginUser(LoginUserRequest.of(USER)).user().id()).isEqualTo(USER);
    noRetries.close();
  }

  @Test
  void badFaultRulesGet400NamingTheFieldAndInjectNothing() throws Exception {
    assertBad(call("POST", "/faults", "{\"kind\":\"explode\"}"), "kind");
    assertBad(call("POST", "/faults", "{\"status\":503}"), "kind");
    assertBad(call("POST", "/faults", "{\"kind\":\"status\"}"), "status");
    assertBad(call("POST", "/faults", "{\"kind\":\"status\",\"status\":503,\"operation\":\"fly\"}"), "operation");
    assertBad(call("POST", "/faults", "{\"kind\":\"status\",\"status\":503,\"times\":2,\"always\":true}"), "times");
    assertBad(call("POST", "/faults", "{\"kind\":\"reset\",\"probability\":2}"), "probability");
    assertBad(call("POST", "/faults", "{\"kind\":\"latency\"}"), "millis");
    assertBad(call("POST", "/faults", "{\"kind\":\"reset\",\"account\":\"acct-99\"}"), "account");
    assertBad(call("POST", "/faults", "{\"kind\":\"reset\",\"colour\":\"red\"}"), "colour");
    assertThat(fake.faults().injected()).isEmpty();
    assertThat(call("POST", "/faults", "{\"kind\":\"latency\",\"millis\":5,\"always\":true,\"probability\":0.5,"
        + "\"seed\":7,\"account\":\"" + account.id() + "\"}").status()).isEqualTo(201);
    assertThat(fake.faults().injected()).singleElement().satisfies(f -> {
      assertThat(f.rule().fault()).isEqualTo(Fault.latency(Duration.ofMillis(5)));
      assertThat(f.rule().timesLimit()).isEmpty();
      assertThat(f.rule().probability()).isEqualTo(0.5);
      assertThat(f.rule().seed()).isEqualTo(7);
      assertThat(f.rule().targetAccount()).contains(account.id());
    });
  }

  @Test
  void showsTheJournalWithKeysMaskedAndClearsIt() throws Exception {
    try (SiviClient overHttp = dev.sivi4j.testkit.ServerClients.blocking(server, account)) {
      overHttp.loginUser(LoginUserRequest.of(USER));
    }
    Reply journal = call("GET", "/journal", null);

    assertThat(journal.raw().body()).doesNotContain(account.secret());
    JsonObject entry = journal.json().getAsJsonArray("requests").get(0).getAsJsonObject();
    assertThat(entry.get("operation").getAsString()).isEqualTo("login-user");
    assertThat(entry.get("maskedKey").getAsString()).startsWith("***").hasSize(7);
    assertThat(entry.get("abstractUserId").getAsString()).isEqualTo("user-1");
    assertThat(entry.get("status").getAsInt()).isEqualTo(200);
    assertThat(call("DELETE", "/journal", null).status()).isEqualTo(200);
    assertThat(fake.journal().requests()).isEmpty();
  }

  @Test
  void resetForgetsUsersFaultsAndJournalButKeepsAccounts() throws Exception {
    client.loginUser(LoginUserRequest.of(USER));
    fake.faults().inject(FaultRule.of(Fault.reset()).always());

    assertThat(call("POST", "/reset", "{}").status()).isEqualTo(200);
    assertThat(fake.user(account, USER)).isEmpty();
    assertThat(fake.faults().injected()).isEmpty();
    assertThat(fake.journal().requests()).isEmpty();
    assertThat(client.loginUser(LoginUserRequest.of(USER)).user().id()).isEqualTo(USER);
  }

  @Test
  void listsEveryKeyWithItsAccountKindAndPool() throws Exception {
    FakeAccount superKey = fake.createKey(account, FakeKeyKind.SUPER_USER);
    FakeAccount general = fake.createAccount(FakeKeyKind.GENERAL);

    JsonArray accounts = call("GET", "/accounts", null).json().getAsJsonArray("accounts");

    assertThat(accounts).hasSize(3);
    JsonObject first = accounts.get(0).getAsJsonObject();
    assertThat(first.get("accountId").getAsString()).isEqualTo(account.id());
    assertThat(first.get("kind").getAsString()).isEqualTo("ENTERPRISE_ADMIN");
    assertThat(first.get("key").getAsString()).isEqualTo(account.secret());
    assertThat(first.getAsJsonObject("pool").get("creditsPerCycle").getAsLong()).isEqualTo(10_000);
    assertThat(accounts.get(1).getAsJsonObject().get("accountId").getAsString()).isEqualTo(account.id());
    assertThat(accounts.get(1).getAsJsonObject().get("key").getAsString()).isEqualTo(superKey.secret());
    assertThat(accounts.get(2).getAsJsonObject().get("accountId").getAsString()).isEqualTo(general.id());
  }

  @Test
  void aSecondKeyReachesTheSameUsersAndCredits() {
    FakeAccount superKey = fake.createKey(account, FakeKeyKind.SUPER_USER);
    try (SiviClient superClient = fake.blockingClient(superKey)) {
      superClient.loginUser(LoginUserRequest.of(USER));
      fake.recordUsage(superKey, USER, Usage.generated(3));
    }

    assertThat(client.accountAnalysis(USER).creditBalance().usedCredits()).isEqualTo(3);
    assertThat(fake.creditPool(account)).isEqualTo(fake.creditPool(superKey));
  }

  @Test
  void refusesForeignHostsUnknownPathsAndWrongMethods() throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write(("GET /_fake/accounts HTTP/1.1\r\nHost: evil.example:" + server.port()
          + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 403").doesNotContain(account.secret());
    }
    assertThat(call("GET", "/nothing", null).status()).isEqualTo(404);
    Reply wrong = call("DELETE", "/clock", null);
    assertThat(wrong.status()).isEqualTo(405);
    assertThat(wrong.raw().headers().firstValue("allow")).contains("GET");
    assertThat(call("GET", "", null).json().getAsJsonArray("endpoints")).hasSizeGreaterThan(5);
    HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUri() + "/super/login-user"))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(api.statusCode()).isEqualTo(405);
    assertThat(api.headers().firstValue("allow")).contains("POST");
    assertThat(api.headers().firstValue("date")).hasValueSatisfying(date -> assertThat(date).endsWith(" GMT")
        .matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"));
  }

  private static void assertBad(Reply reply, String field) {
    assertThat(reply.status()).as(reply.json().toString()).isEqualTo(400);
    assertThat(reply.json().get("field").getAsString()).isEqualTo(field);
    assertThat(reply.json().get("error").getAsString()).contains(field);
  }
}
