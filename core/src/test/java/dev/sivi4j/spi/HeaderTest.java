package dev.sivi4j.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.domain.Operation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderTest {
  private static final String SECRET = "sk_Canary0123456789";

  @Test
  void toStringHidesASensitiveValue() {
    assertThat(new Header("sivi-api-key", SECRET, true)).hasToString("sivi-api-key: ***");
  }

  @Test
  void toStringShowsAnOrdinaryValue() {
    assertThat(new Header("Accept", "application/json")).hasToString("Accept: application/json");
    assertThat(new Header("Accept", "application/json").sensitive()).isFalse();
  }

  @Test
  void requestToStringNeverShowsTheKeyOrTheBody() {
    TransportRequest request =
        new TransportRequest(
            Operation.DELETE_USER,
            1,
            URI.create("https://connect.sivi.ai/api/prod/v2/super/delete-user"),
            List.of(new Header("sivi-api-key", SECRET, true)),
            "{\"abstractUserId\":\"private-user\"}".getBytes(StandardCharsets.UTF_8),
            Duration.ofSeconds(1),
            1024);
    assertThat(request.toString()).doesNotContain(SECRET).doesNotContain("private-user").contains("delete-user");
  }

  @Test
  void responseHeadersAreFoundInAnyCase() {
    TransportResponse response = new TransportResponse(429, Map.of("retry-after", "3"), new byte[0]);
    assertThat(response.header("Retry-After")).hasValue("3");
    assertThat(response.header("x-missing")).isEmpty();
    assertThat(response).hasToString("TransportResponse[429, 0 bytes]");
  }
}
