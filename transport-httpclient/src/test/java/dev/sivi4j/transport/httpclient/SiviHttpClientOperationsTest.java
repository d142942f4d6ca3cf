package dev.sivi4j.transport.httpclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import dev.sivi4j.KeyKind;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
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

/**
 * What the blocking client on HttpClient does beyond the transport contracts ({@link
 * SiviHttpClientContractTest} covers every operation on the wire): splitting an export window the service
 * has more for, and refusing enterprise-only operations before sending.
 */
class SiviHttpClientOperationsTest {
  private static final AbstractUserId USER = AbstractUserId.of("user-12345");

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
                + "\"variantEditLink\":\"https://edit/v1\",\"variantWidth\":1080,\"variantHeight\":1080}],"
                + "\"media\":[],\"content\":[],\"next\":0}"),
        Reply.envelope(200, "{\"variants\":[],\"media\":[{\"url\":\"https://img/m1.jpg\",\"type\":\"photo\"}],\"content\":[],\"next\":0}"),
        Reply.envelope(
            200,
            "{\"variants\":[],\"media\":[],\"content\":[{\"title\":\"heading\",\"subtitle\":\"sub\","
                + "\"bulletlist\":[\"1\",\"2\"]}],\"next\":0}"));

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
}
