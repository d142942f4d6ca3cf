package dev.sivi4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the HTTP face makes of bodies that are not UTF-8 and of percent-encoded paths. */
class ServerInputTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final FakeSivi fake = FakeSivi.create();
  private final FakeAccount account = fake.createAccount(FakeKeyKind.SUPER_USER);
  private final FakeSiviServer server = fake.startServer();

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> post(String path, byte[] body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUri() + path))
        .header("sivi-api-key", account.secret()).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aBodyThatIsNotUtf8Gets400InsteadOfBecomingAnotherUser() throws Exception {
    byte[] latin1 = "{\"abstractUserId\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    byte[] otherInvalid = "{\"abstractUserId\":\"caf\u00e8\"}".getBytes(StandardCharsets.ISO_8859_1);

    HttpResponse<String> first = post("/super/login-user", latin1);
    HttpResponse<String> second = post("/super/login-user", otherInvalid);

    assertThat(first.statusCode()).isEqualTo(400);
    assertThat(first.body()).contains("not valid UTF-8");
    assertThat(second.statusCode()).isEqualTo(400);
    assertThat(fake.journal().requests()).extracting(RecordedRequest::userId).containsOnly(java.util.Optional.empty());
    HttpResponse<String> utf8 = post("/super/login-user", "{\"abstractUserId\":\"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(utf8.statusCode()).isEqualTo(200);
  }

  @Test
  void routesAPercentEncodedPath() throws Exception {
    HttpResponse<String> response =
        post("/super/login%2Duser", "{\"abstractUserId\":\"user-1\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(fake.journal().requests()).singleElement()
        .satisfies(r -> assertThat(r.path()).isEqualTo("/api/prod/v2/super/login-user"));
  }
}
