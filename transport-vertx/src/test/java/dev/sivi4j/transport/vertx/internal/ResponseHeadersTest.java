package dev.sivi4j.transport.vertx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseHeadersTest {
  private final MultiMap vertxHeaders =
      MultiMap.caseInsensitiveMultiMap()
          .add("Content-Type", "application/json")
          .add("Retry-After", "3")
          .add("Retry-After", "9");

  @Test
  void looksUpLowerCaseNamesWithTheirFirstValue() {
    ResponseHeaders headers = new ResponseHeaders(vertxHeaders);

    assertThat(headers.get("retry-after")).isEqualTo("3");
    assertThat(headers.containsKey("content-type")).isTrue();
    assertThat(headers.get("x-request-id")).isNull();
  }

  @Test
  void keysAreTheLowerCaseNamesOnly() {
    ResponseHeaders headers = new ResponseHeaders(vertxHeaders);

    assertThat(headers.get("Retry-After")).isNull();
    assertThat(headers.containsKey("Content-Type")).isFalse();
    assertThat(headers.keySet()).containsExactlyInAnyOrder("content-type", "retry-after");
  }

  @Test
  void equalsTheMapItStandsFor() {
    ResponseHeaders headers = new ResponseHeaders(vertxHeaders);

    assertThat(headers).isEqualTo(Map.of("content-type", "application/json", "retry-after", "3"));
    assertThat(headers).hasSize(2);
  }
}
