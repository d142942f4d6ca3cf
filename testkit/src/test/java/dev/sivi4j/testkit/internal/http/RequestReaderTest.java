package dev.sivi4j.testkit.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestReaderTest {
  private final ByteArrayOutputStream written = new ByteArrayOutputStream();

  private RequestReader reader(String wire) {
    return new RequestReader(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1)), written);
  }

  private static int rejectionStatus(String wire) {
    RequestReader reader = new RequestReader(
        new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1)), new ByteArrayOutputStream());
    try {
      reader.read();
    } catch (RequestRejectedException e) {
      return e.status();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("accepted: " + wire);
  }

  @Test
  void lowerCasesHeaderNamesAndKeepsTheFirstValue() throws Exception {
    HttpRequestData request = reader("GET /p HTTP/1.1\r\nHost: h\r\nX-Thing:  one \r\nx-thing: two\r\n\r\n").read();

    assertThat(request).isNotNull();
    assertThat(request.headers()).containsOnlyKeys("host", "x-thing").containsEntry("x-thing", "one");
    assertThat(request.body()).isEmpty();
  }

  @Test
  void acceptsBareLineFeedsAndLeadingEmptyLines() throws Exception {
    RequestReader reader = reader("\r\n\nPOST /a HTTP/1.1\nHost: h\nContent-Length: 2\n\nhi");
    HttpRequestData request = reader.read();

    assertThat(request).isNotNull();
    assertThat(request.path()).isEqualTo("/a");
    assertThat(new String(request.body(), StandardCharsets.US_ASCII)).isEqualTo("hi");
    assertThat(reader.read()).isNull();
  }

  @Test
  void reducesAbsoluteFormTargetsToPathAndQuery() throws Exception {
    assertThat(reader("GET http://h:1/x/y?q=1 HTTP/1.1\r\nHost: h\r\n\r\n").read().path()).isEqualTo("/x/y?q=1");
    assertThat(reader("GET http://h:1?q=1 HTTP/1.1\r\nHost: h\r\n\r\n").read().path()).isEqualTo("/?q=1");
    assertThat(reader("GET http://h:1 HTTP/1.1\r\nHost: h\r\n\r\n").read().path()).isEqualTo("/");
  }

  @Test
  void returnsNullAtEndOfStreamBetweenRequests() throws Exception {
    assertThat(reader("").read()).isNull();
  }

  @Test
  void failsWithEndOfStreamInsideARequest() {
    assertThatThrownBy(() -> reader("GET / HTTP/1.1\r\nHost: h\r\nHost").read()).isInstanceOf(EOFException.class);
    assertThatThrownBy(() -> reader("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 9\r\n\r\nabc").read())
        .isInstanceOf(EOFException.class);
  }

  @Test
  void doesNotKeepAliveARequestFramedBothWays() throws Exception {
    RequestReader reader = reader(
        "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\n\r\n");

    assertThat(new String(reader.read().body(), StandardCharsets.US_ASCII)).isEqualTo("a");
    assertThat(reader.keepAlive()).isFalse();
  }

  @Test
  void tellsKeepAliveFromVersionAndConnectionHeader() throws Exception {
    RequestReader reader = reader("GET / HTTP/1.1\r\nHost: h\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\nConnection: keep-alive, Close\r\n\r\n"
        + "GET / HTTP/1.0\r\n\r\nGET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n");

    reader.read();
    assertThat(reader.keepAlive()).isTrue();
    reader.read();
    assertThat(reader.keepAlive()).isFalse();
    reader.read();
    assertThat(reader.keepAlive()).isFalse();
    reader.read();
    assertThat(reader.keepAlive()).isTrue();
    assertThat(reader.http10()).isTrue();
  }

  @Test
  void sendsContinueOnlyWhenTheBodyHasNotArrivedYet() throws Exception {
    reader("POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\nx").read();
    assertThat(written.size()).isZero();

    RequestReader waiting = new RequestReader(new java.io.SequenceInputStream(
        new ByteArrayInputStream("POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII)),
        new ByteArrayInputStream(new byte[] {'x'})), written);
    waiting.read();
    assertThat(written.toString(StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
  }

  @Test
  void acceptsAHeadOfExactlySixteenKiB() throws Exception {
    String start = "GET / HTTP/1.1\r\nHost: h\r\nX: ";
    String head = start + "v".repeat(RequestReader.MAX_HEAD_BYTES - start.length() - 4) + "\r\n\r\n";

    assertThat(head).hasSize(RequestReader.MAX_HEAD_BYTES);
    assertThat(reader(head).read().header("x")).hasSize(RequestReader.MAX_HEAD_BYTES - start.length() - 4);
    assertThat(rejectionStatus(head.replace("X: ", "X: v"))).isEqualTo(431);
  }

  @Test
  void rejectsMalformedHeads() {
    assertThat(rejectionStatus("GET / HTTP/1.1\r\nHost: h\r\n folded: x\r\n\r\n")).isEqualTo(400);
    assertThat(rejectionStatus("GET / HTTP/1.1\r\nHost: h\r\nBad Name: x\r\n\r\n")).isEqualTo(400);
    assertThat(rejectionStatus("GET / HTTP/1.1\r\nHost: h\r\nX: a\u0001b\r\n\r\n")).isEqualTo(400);
    assertThat(rejectionStatus("GET /a b HTTP/1.1\r\nHost: h\r\n\r\n")).isEqualTo(400);
    assertThat(rejectionStatus("G(T / HTTP/1.1\r\nHost: h\r\n\r\n")).isEqualTo(400);
    assertThat(rejectionStatus("GET / http/1.1\r\n\r\n")).isEqualTo(400);
    assertThat(rejectionStatus("GET / HTTP/3.0\r\n\r\n")).isEqualTo(505);
    assertThat(rejectionStatus("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n")).isEqualTo(400);
    assertThat(rejectionStatus("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999999\r\n\r\n"))
        .isEqualTo(413);
  }

  @Test
  void requiresExactlyOneHostOnHttp11AndAtMostOneOnHttp10() throws Exception {
    assertThat(rejectionStatus("GET / HTTP/1.1\r\n\r\n")).isEqualTo(400);
    assertThat(rejectionStatus("GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n")).isEqualTo(400);
    assertThat(rejectionStatus("GET / HTTP/1.0\r\nHost: a\r\nHost: a\r\n\r\n")).isEqualTo(400);
    assertThat(reader("GET / HTTP/1.0\r\n\r\n").read().method()).isEqualTo("GET");
  }

  @Test
  void decodesPercentEncodedPathsAndRejectsMalformedEscapes() throws Exception {
    HttpRequestData request = reader("POST /api/prod/v2/super/login%2Duser?q=%41 HTTP/1.1\r\nHost: h\r\n\r\n").read();

    assertThat(request.path()).isEqualTo("/api/prod/v2/super/login%2Duser?q=%41");
    assertThat(request.pathWithoutQuery()).isEqualTo("/api/prod/v2/super/login-user");
    assertThat(reader("GET /caf%C3%A9 HTTP/1.1\r\nHost: h\r\n\r\n").read().pathWithoutQuery()).isEqualTo("/caf\u00e9");
    assertThat(rejectionStatus("GET /a%zz HTTP/1.1\r\nHost: h\r\n\r\n")).isEqualTo(400);
    assertThat(rejectionStatus("GET /a%4 HTTP/1.1\r\nHost: h\r\n\r\n")).isEqualTo(400);
    assertThat(rejectionStatus("GET /a%FF HTTP/1.1\r\nHost: h\r\n\r\n")).isEqualTo(400);
    assertThat(rejectionStatus("GET /a%0A HTTP/1.1\r\nHost: h\r\n\r\n")).isEqualTo(400);
  }

  @Test
  void rejectsMalformedChunkedBodies() {
    String head = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n";

    assertThat(rejectionStatus(head + "zz\r\n")).isEqualTo(400);
    assertThat(rejectionStatus(head + "2\r\nabc\r\n0\r\n\r\n")).isEqualTo(400);
    assertThat(rejectionStatus(head + "1000000000\r\n")).isEqualTo(413);
    assertThat(rejectionStatus("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")).isEqualTo(501);
  }
}
