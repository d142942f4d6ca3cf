package dev.sivi4j.testkit.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RejectedRequestTest {
  private static final int MIB = 1024 * 1024;

  private LoopbackHttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = LoopbackHttpServer.start(0, request -> HttpReply.of(200, "text/plain", new byte[] {'o', 'k'}));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private RawClient.Response rejected(String request) throws IOException {
    try (RawClient client = RawClient.connect(server)) {
      RawClient.Response response = client.send(request).readResponse();
      assertThat(response.headers()).containsEntry("connection", "close");
      assertThat(client.readToEnd()).isEmpty();
      return response;
    }
  }

  @Test
  void answers413WhenContentLengthPassesFourMiB() throws IOException {
    RawClient.Response response = rejected("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: " + (4 * MIB + 1)
        + "\r\n\r\n");

    assertThat(response.status()).isEqualTo(413);
    assertThat(server.requestsServed()).isZero();
  }

  @Test
  void answers413WhenChunkedBodyGrowsPastFourMiB() throws IOException {
    String chunk = Integer.toHexString(MIB) + "\r\n" + "a".repeat(MIB) + "\r\n";
    RawClient.Response response = rejected("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        + chunk.repeat(5) + "0\r\n\r\n");

    assertThat(response.status()).isEqualTo(413);
  }

  @Test
  void acceptsABodyOfExactlyFourMiB() throws IOException {
    try (RawClient client = RawClient.connect(server)) {
      RawClient.Response response = client.send(RawClient.post("/", "a".repeat(4 * MIB))).readResponse();

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.headers()).doesNotContainKey("connection");
    }
  }

  @Test
  void jdkClientSendingTooLargeBodyStillReads413() throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = HttpRequest.newBuilder(server.baseUri())
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[5 * MIB])).build();

    assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);
  }

  @Test
  void answers431WhenTheHeadPassesSixteenKiB() throws IOException {
    RawClient.Response response = rejected("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(16 * 1024)
        + "\r\n\r\n");

    assertThat(response.status()).isEqualTo(431);
  }

  @Test
  void answers400ToBytesThatAreNotHttp() throws IOException {
    try (RawClient client = RawClient.connect(server)) {
      client.out.write(new byte[] {0x16, 0x03, 0x01, 0x02, 0x00, 0x01}); // a TLS ClientHello's first bytes
      RawClient.Response response = client.readResponse();

      assertThat(response.status()).isEqualTo(400);
      assertThat(client.readToEnd()).isEmpty();
    }
  }

  @Test
  void answers400ToAMalformedRequestLine() throws IOException {
    assertThat(rejected("hello there\r\n\r\n").status()).isEqualTo(400);
    assertThat(rejected("GET /\r\n\r\n").status()).isEqualTo(400);
    assertThat(rejected("GET noslash HTTP/1.1\r\n\r\n").status()).isEqualTo(400);
  }

  @Test
  void answers400ToAHeaderWithoutColon() throws IOException {
    assertThat(rejected("GET / HTTP/1.1\r\nHost x\r\n\r\n").status()).isEqualTo(400);
  }

  @Test
  void answers505ToAnotherHttpVersion() throws IOException {
    assertThat(rejected("GET / HTTP/2.0\r\n\r\n").status()).isEqualTo(505);
  }

  @Test
  void answers501ToAnUnsupportedTransferCoding() throws IOException {
    assertThat(rejected("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n").status()).isEqualTo(501);
  }

  @Test
  void rejectedResponseBodySaysWhy() throws IOException {
    RawClient.Response response = rejected("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("Content-Length");
    assertThat(response.body().getBytes(StandardCharsets.UTF_8)).hasSize(Integer.parseInt(
        response.headers().get("content-length")));
  }
}
