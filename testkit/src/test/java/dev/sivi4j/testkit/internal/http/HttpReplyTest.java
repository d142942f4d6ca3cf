package dev.sivi4j.testkit.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpReplyTest {
  private static final byte[] BODY = {'a', 'b', 'c'};

  @Test
  void ofSetsTheContentTypeAndNoFault() {
    HttpReply reply = HttpReply.of(201, "application/json", BODY);

    assertThat(reply.headers()).containsExactly(Map.entry("Content-Type", "application/json"));
    assertThat(reply.header("content-type")).isEqualTo("application/json");
    assertThat(reply.fault()).isNull();
  }

  @Test
  void withFaultKeepsEverythingElse() {
    HttpReply reply = HttpReply.of(200, "text/plain", BODY).withFault(new WireFault.Reset());

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isSameAs(BODY);
    assertThat(reply.fault()).isEqualTo(new WireFault.Reset());
  }

  @Test
  void copiesHeadersInOrder() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("B", "1");
    headers.put("A", "2");
    HttpReply reply = new HttpReply(200, headers, BODY, null);
    headers.clear();

    assertThat(reply.headers()).containsExactly(Map.entry("B", "1"), Map.entry("A", "2"));
  }

  @Test
  void rejectsStatusesThatAreNotFinalThreeDigitCodes() {
    assertThatThrownBy(() -> HttpReply.of(100, "text/plain", BODY)).hasMessageContaining("status");
    assertThatThrownBy(() -> HttpReply.of(1000, "text/plain", BODY)).hasMessageContaining("status");
  }

  @Test
  void rejectsABodyOnNoContent() {
    assertThatThrownBy(() -> HttpReply.of(204, "text/plain", BODY)).hasMessageContaining("body");
    assertThat(HttpReply.of(204, "text/plain", new byte[0]).status()).isEqualTo(204);
  }

  @Test
  void rejectsFramingHeadersBecauseTheServerWritesThem() {
    assertThatThrownBy(() -> new HttpReply(200, Map.of("content-length", "3"), BODY, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("content-length");
    assertThatThrownBy(() -> new HttpReply(200, Map.of("Transfer-Encoding", "chunked"), BODY, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Transfer-Encoding");
  }

  @Test
  void rejectsHeadersThatWouldBreakTheHead() {
    assertThatThrownBy(() -> new HttpReply(200, Map.of("X", "a\r\nInjected: yes"), BODY, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value of X");
    assertThatThrownBy(() -> new HttpReply(200, Map.of("Bad Name", "v"), BODY, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Bad Name");
  }

  @Test
  void rejectsATruncationThatWouldNotCutTheBodyShort() {
    HttpReply reply = HttpReply.of(200, "text/plain", BODY);

    assertThat(reply.withFault(new WireFault.Truncated(2)).fault()).isEqualTo(new WireFault.Truncated(2));
    assertThatThrownBy(() -> reply.withFault(new WireFault.Truncated(3)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bytesToSend");
  }

  @Test
  void faultsValidateTheirParameters() {
    assertThatThrownBy(() -> new WireFault.Latency(Duration.ofMillis(-1))).hasMessageContaining("delay");
    assertThatThrownBy(() -> new WireFault.SlowBody(Duration.ZERO, 0)).hasMessageContaining("chunkBytes");
    assertThatThrownBy(() -> new WireFault.SlowBody(Duration.ofSeconds(-1), 1)).hasMessageContaining("perChunk");
    assertThatThrownBy(() -> new WireFault.Truncated(-1)).hasMessageContaining("bytesToSend");
    assertThatThrownBy(() -> new WireFault.Oversized(-1)).hasMessageContaining("bodyBytes");
  }

  @Test
  void garbageIsCopiedAndComparedByContent() {
    byte[] garbage = {1, 2, 3};
    WireFault.GarbageThenClose fault = new WireFault.GarbageThenClose(garbage);
    garbage[0] = 9;
    fault.garbage()[1] = 9;

    assertThat(fault.garbage()).containsExactly(1, 2, 3);
    assertThat(fault).isEqualTo(new WireFault.GarbageThenClose(new byte[] {1, 2, 3}))
        .hasSameHashCodeAs(new WireFault.GarbageThenClose(new byte[] {1, 2, 3}));
    assertThat(fault.toString()).isEqualTo("GarbageThenClose[3 bytes]");
  }
}
