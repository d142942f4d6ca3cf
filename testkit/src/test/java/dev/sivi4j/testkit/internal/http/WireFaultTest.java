package dev.sivi4j.testkit.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WireFaultTest {
  private static final String BODY = "{\"status\":200,\"body\":{\"id\":\"" + "x".repeat(69) + "\"}}";

  private final Map<String, WireFault> faults = new ConcurrentHashMap<>();
  private final AtomicInteger paths = new AtomicInteger();
  private LoopbackHttpServer server;

  @BeforeEach
  void start() throws IOException {
    // A path registered in faults gets that fault; any other path gets the plain reply.
    server = LoopbackHttpServer.start(0, request -> {
      HttpReply reply = HttpReply.of(200, "application/json", BODY.getBytes(StandardCharsets.US_ASCII));
      WireFault fault = faults.get(request.path());
      return fault == null ? reply : reply.withFault(fault);
    });
  }

  private String pathFor(WireFault wireFault) {
    String path = "/fault/" + paths.incrementAndGet();
    faults.put(path, wireFault);
    return path;
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private RawClient faulted(WireFault wireFault) throws IOException {
    return RawClient.connect(server).send(RawClient.post(pathFor(wireFault), "{}"));
  }

  private HttpResponse<String> sendWithJdkClient(WireFault wireFault, Duration timeout) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve(pathFor(wireFault))).timeout(timeout)
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void latencyDelaysTheReplyAndKeepsTheConnection() throws IOException {
    long started = System.nanoTime();
    try (RawClient client = faulted(new WireFault.Latency(Duration.ofMillis(300)))) {
      RawClient.Response response = client.readResponse();

      assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(290));
      assertThat(response.body()).isEqualTo(BODY);
      assertThat(client.send(RawClient.post("/plain", "{}")).readResponse().status()).isEqualTo(200);
    }
  }

  @Test
  void stallSendsNothingUntilTheClientTimesOut() throws IOException {
    try (RawClient client = faulted(new WireFault.StallBeforeHeaders())) {
      client.socket.setSoTimeout(300);

      assertThatThrownBy(client.in::read).isInstanceOf(SocketTimeoutException.class);
      assertThat(server.openConnections()).isEqualTo(1);
    }
  }

  @Test
  void stallMakesTheJdkClientTimeOut() {
    assertThatThrownBy(() -> sendWithJdkClient(new WireFault.StallBeforeHeaders(), Duration.ofMillis(300)))
        .isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void slowBodySendsHeadersAtOnceThenTheBodyInPieces() throws IOException {
    try (RawClient client = faulted(new WireFault.SlowBody(Duration.ofMillis(60), 25))) {
      RawClient.Head head = client.readHead();
      long bodyStarted = System.nanoTime();
      byte[] body = new byte[head.contentLength()];
      int received = 0;
      int reads = 0;
      while (received < body.length) {
        int n = client.in.read(body, received, body.length - received);
        assertThat(n).isPositive();
        received += n;
        reads++;
      }

      assertThat(head.contentLength()).isEqualTo(100);
      assertThat(new String(body, StandardCharsets.US_ASCII)).isEqualTo(BODY);
      assertThat(reads).isGreaterThanOrEqualTo(2);
      assertThat(Duration.ofNanos(System.nanoTime() - bodyStarted)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
      assertThat(client.send(RawClient.post("/plain", "{}")).readResponse().body()).isEqualTo(BODY);
    }
  }

  @Test
  void truncatedAnnouncesTheFullLengthButSendsLess() throws IOException {
    try (RawClient client = faulted(new WireFault.Truncated(40))) {
      RawClient.Head head = client.readHead();

      assertThat(head.contentLength()).isEqualTo(100);
      assertThat(head.headers()).doesNotContainKey("connection");
      assertThat(client.readToEnd()).hasSize(40).isEqualTo(BODY.substring(0, 40).getBytes(StandardCharsets.US_ASCII));
    }
  }

  @Test
  void resetMakesTheClientSeeConnectionReset() throws IOException {
    try (RawClient client = faulted(new WireFault.Reset())) {
      assertThatThrownBy(client.in::read).isInstanceOf(SocketException.class).hasMessageContaining("Connection reset");
    }
  }

  @Test
  void closeAfterRequestGivesEndOfStreamWithoutAResponse() throws IOException {
    try (RawClient client = faulted(new WireFault.CloseAfterRequest())) {
      assertThat(client.in.read()).isEqualTo(-1);
    }
  }

  @Test
  void closeAfterResponseAnswersAsIfKeepingAliveThenCloses() throws IOException {
    try (RawClient client = faulted(new WireFault.CloseAfterResponse())) {
      RawClient.Response response = client.readResponse();

      assertThat(response.body()).isEqualTo(BODY);
      assertThat(response.headers()).doesNotContainKey("connection");
      assertThat(client.in.read()).isEqualTo(-1);
    }
  }

  @Test
  void garbageThenCloseSendsExactlyTheGarbage() throws IOException {
    byte[] garbage = {'S', 'S', 'H', '-', 0, (byte) 0xFF, '\r', '\n'};
    try (RawClient client = faulted(new WireFault.GarbageThenClose(garbage))) {
      assertThat(client.readToEnd()).isEqualTo(garbage);
    }
  }

  static Stream<WireFault> connectionBreakingFaults() {
    return Stream.of(new WireFault.Truncated(40), new WireFault.Reset(), new WireFault.CloseAfterRequest(),
        new WireFault.GarbageThenClose("not http\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("connectionBreakingFaults")
  void breakingFaultsFailTheJdkClientWithAnIoErrorNotATimeout(WireFault wireFault) {
    assertThatThrownBy(() -> sendWithJdkClient(wireFault, Duration.ofSeconds(5)))
        .isInstanceOf(IOException.class).isNotInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void latencyLongerThanTheJdkClientTimeoutTimesItOut() {
    assertThatThrownBy(() -> sendWithJdkClient(new WireFault.Latency(Duration.ofSeconds(5)), Duration.ofMillis(200)))
        .isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void oversizedStreamsFiftyMebibytesOfJsonLookingBody() throws IOException {
    long size = 50L * 1024 * 1024;
    try (RawClient client = faulted(new WireFault.Oversized(size))) {
      RawClient.Head head = client.readHead();
      byte[] buffer = new byte[64 * 1024];
      byte[] first = client.in.readNBytes(13);
      long received = first.length;
      String last = "";
      while (received < size) {
        int n = client.in.read(buffer, 0, (int) Math.min(buffer.length, size - received));
        assertThat(n).isPositive();
        received += n;
        last = new String(buffer, Math.max(0, n - 3), Math.min(3, n), StandardCharsets.US_ASCII);
      }

      assertThat(head.status()).isEqualTo(200);
      assertThat(head.headers()).containsEntry("content-type", "application/json")
          .containsEntry("content-length", Long.toString(size));
      assertThat(received).isEqualTo(size);
      assertThat(new String(first, StandardCharsets.US_ASCII)).isEqualTo("{\"status\":200");
      assertThat(last).isEqualTo("\"}}");
      assertThat(client.send(RawClient.post("/plain", "{}")).readResponse().body()).isEqualTo(BODY);
    }
  }

  @Test
  void oversizedStopsWritingWhenTheClientGoesAway() throws Exception {
    try (RawClient client = faulted(new WireFault.Oversized(Long.MAX_VALUE / 2))) {
      client.readHead();
      assertThat(client.in.readNBytes(1024 * 1024)).hasSize(1024 * 1024);
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (server.openConnections() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(server.openConnections()).isZero();
  }

  @Test
  void closeEndsWaitingFaultsPromptlyAndLeavesNoThreads() throws Exception {
    server.close();
    Set<Thread> before = ServerThreads.alive();
    start();
    try (RawClient stalled = faulted(new WireFault.StallBeforeHeaders());
        RawClient slow = faulted(new WireFault.SlowBody(Duration.ofSeconds(30), 1));
        RawClient late = faulted(new WireFault.Latency(Duration.ofSeconds(30)));
        RawClient huge = faulted(new WireFault.Oversized(Long.MAX_VALUE / 2))) {
      slow.readHead();
      huge.readHead(); // the server is now blocked writing to a client that does not read
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (server.requestsServed() < 4 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(server.requestsServed()).isEqualTo(4);

      long closing = System.nanoTime();
      server.close();

      assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(1));
      assertThat(ServerThreads.startedSince(before)).isEmpty();
      assertThat(server.openConnections()).isZero();
      assertThat(stalled.in.read()).isEqualTo(-1);
      assertThat(late.in.read()).isEqualTo(-1);
    }
  }
}
