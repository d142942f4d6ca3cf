package dev.sivi4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.sivi4j.RateLimit;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeSiviServerTest {
  private final FakeSivi fake = FakeSivi.create();
  private final FakeAccount account = fake.createAccount(FakeKeyKind.SUPER_USER);
  private final FakeSiviServer server = fake.startServer();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> post(URI uri, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri).header("SIVI-API-KEY", account.secret()).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void bindsLoopbackOnAFreePortAndServesBothEnvironments() throws Exception {
    assertThat(server.port()).isPositive();
    assertThat(server.baseUri()).hasToString("http://127.0.0.1:" + server.port() + "/api/prod/v2");
    assertThat(server.stagingBaseUri()).hasToString("http://127.0.0.1:" + server.port() + "/api/staging/v2");

    HttpResponse<String> prod = post(URI.create(server.baseUri() + "/super/login-user?ignored=1"), "{\"abstractUserId\":\"u\"}");
    HttpResponse<String> staging = post(URI.create(server.stagingBaseUri() + "/super/login-user"), "{\"abstractUserId\":\"u\"}");

    assertThat(prod.statusCode()).isEqualTo(200);
    assertThat(prod.headers().firstValue("content-type")).contains("application/json");
    assertThat(workspace(prod)).isEqualTo(workspace(staging));
    assertThat(fake.journal().requests()).extracting(RecordedRequest::environment).map(e -> e.orElseThrow())
        .containsExactly("prod", "staging");
  }

  private static String workspace(HttpResponse<String> response) {
    return JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonObject("body").get("workspaceId").getAsString();
  }

  @Test
  void httpStatusEqualsTheEnvelopeStatus() throws Exception {
    HttpResponse<String> invalid = post(URI.create(server.baseUri() + "/super/login-user"), "{\"abstractUserId\":7}");
    HttpResponse<String> unknownPath = post(URI.create(server.baseUri() + "/super/get-request-status"), "{}");
    HttpResponse<String> wrongFamily = post(URI.create(server.baseUri() + "/enterprise/login-user"), "{\"abstractUserId\":\"u\"}");

    for (HttpResponse<String> response : List.of(invalid, unknownPath, wrongFamily)) {
      JsonObject envelope = JsonParser.parseString(response.body()).getAsJsonObject();
      assertThat(envelope.get("status").getAsInt()).isEqualTo(response.statusCode());
    }
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(unknownPath.statusCode()).isEqualTo(404);
    assertThat(wrongFamily.statusCode()).isEqualTo(403);
  }

  @Test
  void refusesOtherMethodsWithAnEnvelope() throws Exception {
    HttpResponse<String> get = http.send(
        HttpRequest.newBuilder(URI.create(server.baseUri() + "/super/login-user")).GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.body()).isEqualTo("{\"status\":405,\"body\":{\"message\":\"Method not allowed\"}}");
  }

  @Test
  void configPointsASiviClientAtTheServer() {
    SiviConfig config = server.config(account);

    assertThat(config.baseUrl()).isEqualTo(server.baseUri());
    assertThat(config.rateLimit()).isEqualTo(RateLimit.off());
    assertThat(config.retryPolicy()).isEqualTo(FakeSiviServer.FAST_RETRIES);
    try (SiviClient client = ServerClients.blocking(server, account)) {
      client.loginUser(LoginUserRequest.of(AbstractUserId.of("via-http")));
    }
    assertThat(fake.user(account, AbstractUserId.of("via-http"))).isPresent();
    assertThat(fake.journal().requests().get(0).face()).isEqualTo(Face.HTTP);
    assertThat(server.requestsServed()).isEqualTo(1);
  }

  @Test
  void closingTheServerKeepsTheFake() throws Exception {
    post(URI.create(server.baseUri() + "/super/login-user"), "{\"abstractUserId\":\"kept\"}");

    server.close();

    assertThat(fake.user(account, AbstractUserId.of("kept"))).isPresent();
    try (FakeSiviServer again = fake.startServer()) {
      assertThat(again.port()).isPositive();
      assertThat(again.fake()).isSameAs(fake);
    }
  }
}
