package dev.sivi4j.transport.httpclient.internal;

import static dev.sivi4j.transport.httpclient.internal.ApacheHttpTransportTest.CAP;
import static dev.sivi4j.transport.httpclient.internal.ApacheHttpTransportTest.KEY;
import static dev.sivi4j.transport.httpclient.internal.ApacheHttpTransportTest.config;
import static dev.sivi4j.transport.httpclient.internal.ApacheHttpTransportTest.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import dev.sivi4j.transport.httpclient.testing.RawServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How each way a connection can go wrong reaches the pipeline, and that the pool is clean after it. */
class ApacheHttpTransportFailuresTest {

  private static TransportException failure(URI baseUrl) {
    try (ApacheHttpTransport transport = ApacheHttpTransport.create(config(baseUrl, 2))) {
      try {
        transport.send(request(baseUrl, Duration.ofSeconds(5), CAP));
      } catch (TransportException e) {
        assertThat(transport.poolStats().orElseThrow().getLeased()).isZero();
        assertThat(e.getMessage()).doesNotContain(KEY).startsWith("POST " + baseUrl);
        return e;
      }
      throw new AssertionError("the request did not fail");
    }
  }

  private static TransportException failure(RawServer.Behaviour behaviour) {
    try (RawServer server = RawServer.start(behaviour)) {
      return failure(server.baseUrl());
    }
  }

  @Test
  void mapsARefusedConnectionToConnectFailed() throws IOException {
    URI closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    assertThat(failure(closedPort).kind()).isEqualTo(TransportErrorKind.CONNECT_FAILED);
  }

  @Test
  void mapsAResetToConnectionReset() {
    assertThat(failure(RawServer.reset()).kind()).isEqualTo(TransportErrorKind.CONNECTION_RESET);
  }

  @Test
  void mapsACloseWithoutAnswerToConnectionClosed() {
    assertThat(failure(RawServer.closeWithoutAnswer()).kind()).isEqualTo(TransportErrorKind.CONNECTION_CLOSED);
  }

  @Test
  void mapsABodyCutShortToConnectionClosed() {
    RawServer.Behaviour truncated =
        RawServer.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"status\":");

    assertThat(failure(truncated).kind()).isEqualTo(TransportErrorKind.CONNECTION_CLOSED);
  }

  @Test
  void mapsBrokenChunkingToProtocolError() {
    RawServer.Behaviour badChunks =
        RawServer.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n");

    assertThat(failure(badChunks).kind()).isEqualTo(TransportErrorKind.PROTOCOL_ERROR);
  }

  @Test
  void mapsAnInvalidHeaderToProtocolErrorWithoutEchoingTheKey() {
    // HttpClient quotes the bad line in its message; a hostile server could put the key there.
    TransportException e = failure(RawServer.write("HTTP/1.1 200 OK\r\nno colon " + KEY + "\r\n\r\n"));

    assertThat(e.kind()).isEqualTo(TransportErrorKind.PROTOCOL_ERROR);
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(t.getMessage()).doesNotContain(KEY);
    }
    assertThat(e.getCause()).hasMessageContaining("ProtocolException").hasMessageContaining("no colon ***");
  }
}
