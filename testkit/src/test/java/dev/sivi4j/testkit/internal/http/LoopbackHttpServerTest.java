package dev.sivi4j.testkit.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoopbackHttpServerTest {
  private final List<HttpRequestData> received = new CopyOnWriteArrayList<>();
  private LoopbackHttpServer server;

  private LoopbackHttpServer start(HttpHandler handler) throws IOException {
    server = LoopbackHttpServer.start(0, request -> {
      received.add(request);
      return handler.handle(request);
    });
    return server;
  }

  private LoopbackHttpServer startEcho() throws IOException {
    return start(request -> HttpReply.of(200, "application/json", request.body()));
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void answersTwoRequestsOnOneKeptAliveConnection() throws IOException {
    startEcho();
    try (RawClient client = RawClient.connect(server)) {
      RawClient.Response first = client.send(RawClient.post("/super/login-user?x=1", "{\"a\":1}")).readResponse();
      RawClient.Response second = client.send(RawClient.post("/super/get-user", "{\"b\":2}")).readResponse();

      assertThat(first.status()).isEqualTo(200);
      assertThat(first.body()).isEqualTo("{\"a\":1}");
      assertThat(first.headers()).containsEntry("content-type", "application/json")
          .containsEntry("content-length", "7").doesNotContainKey("connection");
      assertThat(second.body()).isEqualTo("{\"b\":2}");
      assertThat(server.openConnections()).isEqualTo(1);
      assertThat(server.requestsServed()).isEqualTo(2);
    }
    HttpRequestData request = received.get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/super/login-user?x=1");
    assertThat(request.pathWithoutQuery()).isEqualTo("/super/login-user");
    assertThat(request.headers()).containsEntry("host", "127.0.0.1").containsEntry("content-length", "7");
    assertThat(request.header("Content-Type")).isEqualTo("application/json");
  }

  @Test
  void answersPipelinedRequestsInOrder() throws IOException {
    startEcho();
    try (RawClient client = RawClient.connect(server)) {
      client.send(RawClient.post("/one", "1") + RawClient.post("/two", "22") + RawClient.post("/three", "333"));

      assertThat(client.readResponse().body()).isEqualTo("1");
      assertThat(client.readResponse().body()).isEqualTo("22");
      assertThat(client.readResponse().body()).isEqualTo("333");
    }
  }

  @Test
  void picksAFreeLoopbackPortForPortZero() throws IOException {
    startEcho();
    try (LoopbackHttpServer other = LoopbackHttpServer.start(0, request -> HttpReply.of(204, "text/plain",
        new byte[0]))) {
      assertThat(server.port()).isPositive().isNotEqualTo(other.port());
      assertThat(server.baseUri()).isEqualTo(URI.create("http://127.0.0.1:" + server.port()));
    }
  }

  @Test
  void readsChunkedRequestBodyWithExtensionsAndTrailers() throws IOException {
    startEcho();
    try (RawClient client = RawClient.connect(server)) {
      RawClient.Response response = client.send("POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
          + "5;name=value\r\nhello\r\n1\r\n \r\nA\r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\n").readResponse();

      assertThat(response.body()).isEqualTo("hello 0123456789");
      assertThat(client.send(RawClient.post("/next", "ok")).readResponse().body()).isEqualTo("ok");
    }
  }

  @Test
  void closesAfterReplyWhenRequestAsksForIt() throws IOException {
    startEcho();
    try (RawClient client = RawClient.connect(server)) {
      RawClient.Response response = client.send("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
          .readResponse();

      assertThat(response.headers()).containsEntry("connection", "close");
      assertThat(client.readToEnd()).isEmpty();
    }
  }

  @Test
  void keepsHttp10ConnectionOnlyWhenAskedAndSaysSo() throws IOException {
    startEcho();
    try (RawClient client = RawClient.connect(server)) {
      RawClient.Response kept = client.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").readResponse();
      RawClient.Response closed = client.send("GET / HTTP/1.0\r\n\r\n").readResponse();

      assertThat(kept.headers()).containsEntry("connection", "keep-alive");
      assertThat(closed.headers()).containsEntry("connection", "close");
      assertThat(client.readToEnd()).isEmpty();
    }
  }

  @Test
  void closesAfterReplyWhenHandlerSetsConnectionClose() throws IOException {
    start(request -> new HttpReply(200, Map.of("Connection", "close"), new byte[] {'x'}, null));
    try (RawClient client = RawClient.connect(server)) {
      RawClient.Response response = client.send(RawClient.post("/", "")).readResponse();

      assertThat(response.body()).isEqualTo("x");
      assertThat(response.headers()).containsEntry("connection", "close");
      assertThat(client.readToEnd()).isEmpty();
    }
  }

  @Test
  void answersHeadWithLengthButNoBody() throws IOException {
    start(request -> HttpReply.of(200, "text/plain", "hello".getBytes(StandardCharsets.US_ASCII)));
    try (RawClient client = RawClient.connect(server)) {
      RawClient.Head head = client.send("HEAD / HTTP/1.1\r\nHost: x\r\n\r\n").readHead();
      RawClient.Response next = client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").readResponse();

      assertThat(head.contentLength()).isEqualTo(5);
      assertThat(next.body()).isEqualTo("hello");
    }
  }

  @Test
  void turnsHandlerExceptionInto500AndKeepsServing() throws IOException {
    start(request -> {
      if (request.path().equals("/boom")) {
        throw new IllegalStateException("secret detail");
      }
      return HttpReply.of(200, "text/plain", new byte[] {'o', 'k'});
    });
    try (RawClient client = RawClient.connect(server)) {
      RawClient.Response failed = client.send(RawClient.post("/boom", "")).readResponse();
      RawClient.Response fine = client.send(RawClient.post("/fine", "")).readResponse();

      assertThat(failed.status()).isEqualTo(500);
      assertThat(failed.headers().get("content-type")).startsWith("text/plain");
      assertThat(failed.body()).contains("IllegalStateException").doesNotContain("secret detail");
      assertThat(fine.body()).isEqualTo("ok");
    }
  }

  @Test
  void servesTheJdkHttpClientOverOneConnection() throws Exception {
    startEcho();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (int i = 0; i < 3; i++) {
      HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve("/super/get-user"))
          .POST(HttpRequest.BodyPublishers.ofString("{\"i\":" + i + "}")).header("Content-Type", "application/json")
          .build();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("{\"i\":" + i + "}");
    }
    assertThat(server.openConnections()).isEqualTo(1);
    assertThat(server.requestsServed()).isEqualTo(3);
  }

  @Test
  void sendsContinueToClientsThatExpectIt() throws Exception {
    startEcho();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve("/x")).expectContinue(true)
        .POST(HttpRequest.BodyPublishers.ofString("body")).timeout(Duration.ofSeconds(5)).build();

    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("body");
  }

  @Test
  void closeEndsIdleConnectionsAndLeavesNoThreads() throws IOException {
    Set<Thread> before = ServerThreads.alive();
    startEcho();
    try (RawClient idle = RawClient.connect(server)) {
      idle.send(RawClient.post("/", "x")).readResponse();

      server.close();
      server.close(); // idempotent

      assertThat(idle.readToEnd()).isEmpty();
      assertThat(ServerThreads.startedSince(before)).isEmpty();
    }
  }

  @Test
  void countsOpenConnectionsUntilTheClientLeaves() throws Exception {
    startEcho();
    RawClient first = RawClient.connect(server);
    RawClient second = RawClient.connect(server);
    first.send(RawClient.post("/", "1")).readResponse();
    second.send(RawClient.post("/", "2")).readResponse();
    assertThat(server.openConnections()).isEqualTo(2);

    first.close();
    second.close();

    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (server.openConnections() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(server.openConnections()).isZero();
  }

  @Test
  void refusesToStartOnAnInvalidPort() {
    assertThatThrownBy(() -> LoopbackHttpServer.start(70_000, r -> null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port");
  }

  @Test
  void closeInterruptsAHandlerThatIsStillRunning() throws Exception {
    Set<Thread> before = ServerThreads.alive();
    CountDownLatch handling = new CountDownLatch(1);
    start(request -> {
      handling.countDown();
      Thread.sleep(30_000);
      return HttpReply.of(200, "text/plain", new byte[0]);
    });
    try (RawClient client = RawClient.connect(server)) {
      client.send(RawClient.post("/", ""));
      assertThat(handling.await(5, TimeUnit.SECONDS)).isTrue();

      long closing = System.nanoTime();
      server.close();

      assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(1));
      assertThat(ServerThreads.startedSince(before)).isEmpty();
    }
  }

  @Test
  void aHandlerMayCloseItsOwnServer() throws Exception {
    CountDownLatch closed = new CountDownLatch(1);
    start(request -> {
      server.close();
      closed.countDown();
      return HttpReply.of(200, "text/plain", new byte[0]);
    });
    try (RawClient client = RawClient.connect(server)) {
      client.send(RawClient.post("/", ""));

      assertThat(closed.await(2, TimeUnit.SECONDS)).isTrue();
      assertThat(client.readToEnd()).isEmpty();
    }
  }
}
