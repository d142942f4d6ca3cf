package dev.sivi4j.testkit.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A client that sends slowly, or not at all, cannot lock the others out. */
class SlowClientsTest {
  private static final String HALF_HEAD = "POST /slow HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-";
  private static final Duration HEAD_TIMEOUT = Duration.ofSeconds(6);
  private static final Duration SLACK = Duration.ofMillis(1_500);

  private LoopbackHttpServer server;
  private final List<RawClient> clients = new ArrayList<>();

  @AfterEach
  void stop() throws IOException {
    for (RawClient client : clients) {
      client.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static HttpReply ok(HttpRequestData request) {
    return HttpReply.of(200, "text/plain", "ok".getBytes(StandardCharsets.US_ASCII));
  }

  private RawClient connect() throws IOException {
    RawClient client = RawClient.connect(server);
    clients.add(client);
    return client;
  }

  @Test
  void servesAnOrdinaryClientWhileMoreHalfSentRequestsThanTheCapAreHeld() throws Exception {
    Limits limits = Limits.defaults().withTimeouts(HEAD_TIMEOUT, HEAD_TIMEOUT, Duration.ofSeconds(60));
    server = LoopbackHttpServer.start(0, limits, SlowClientsTest::ok);
    int slow = 1_100;
    assertThat(slow).isGreaterThan(limits.maxConnections());
    for (int i = 0; i < slow; i++) {
      RawClient client = connect();
      // Longer than the head timeout: the 408 is what each one waits for (answerBy below bounds it).
      client.socket.setSoTimeout((int) HEAD_TIMEOUT.plus(SLACK).plusSeconds(5).toMillis());
      client.send(HALF_HEAD);
    }

    // The head timeout runs from the server's accept, which a loaded machine may do well after the connect.
    while (server.connectionsAccepted() < slow) {
      Thread.sleep(5);
    }
    long acceptedAt = System.nanoTime();
    assertThat(server.openConnections()).isGreaterThanOrEqualTo(limits.maxConnections()); // all slots held

    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    long start = System.nanoTime();
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create(server.baseUri() + "/ordinary")).timeout(Duration.ofSeconds(2)).build(),
        HttpResponse.BodyHandlers.ofString());
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("ok");
    assertThat(took).isLessThan(Duration.ofSeconds(2));
    // By the head timeout (plus scheduling slack) after the last slow send, every slow client has its answer.
    // (Slack, because two shared cores wake 1,100 timed-out threads at once.)
    long answerBy = acceptedAt + HEAD_TIMEOUT.plus(SLACK).toNanos();
    for (int i = 0; i < slow; i++) {
      RawClient.Response answer = clients.get(i).readResponse();
      assertThat(System.nanoTime() - answerBy).as("slow client %d answered in time", i).isNegative();
      assertThat(answer.status()).as("slow client %d", i).isEqualTo(408);
      assertThat(answer.headers()).containsEntry("connection", "close");
    }
    assertThat(server.requestsServed()).isEqualTo(1);
  }

  @Test
  void answersAHeadThatTricklesInPastTheHeadTimeoutWith408() throws Exception {
    Duration head = Duration.ofMillis(600);
    server = LoopbackHttpServer.start(0, Limits.defaults().withTimeouts(head, head, Duration.ofSeconds(60)),
        SlowClientsTest::ok);
    RawClient client = connect();
    long start = System.nanoTime();
    for (char c : "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: abcdef".toCharArray()) {
      client.send(String.valueOf(c));
      Thread.sleep(25); // each byte well inside any per-read timeout; the whole head is not
    }

    assertThat(client.readResponse().status()).isEqualTo(408);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(head.plusSeconds(2));
    assertThat(server.requestsServed()).isZero();
  }

  @Test
  void closesAConnectionThatNeverSendsAnythingAfterTheHeadTimeout() throws Exception {
    Duration head = Duration.ofMillis(400);
    server = LoopbackHttpServer.start(0, Limits.defaults().withTimeouts(head, head, Duration.ofSeconds(60)),
        SlowClientsTest::ok);
    RawClient silent = connect();
    long start = System.nanoTime();
    byte[] got = silent.readToEnd();

    assertThat(got).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(head.plusSeconds(2));
  }

  @Test
  void answersABodyThatStallsWith408() throws Exception {
    Duration body = Duration.ofMillis(400);
    server = LoopbackHttpServer.start(0,
        Limits.defaults().withTimeouts(Duration.ofSeconds(5), body, Duration.ofSeconds(60)), SlowClientsTest::ok);
    RawClient client = connect();
    client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc");

    long start = System.nanoTime();
    assertThat(client.readResponse().status()).isEqualTo(408);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(body.plusSeconds(2));
  }

  @Test
  void closesAnIdleKeptAliveConnectionWithoutAReply() throws Exception {
    Duration idle = Duration.ofMillis(300);
    server = LoopbackHttpServer.start(0,
        Limits.defaults().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), idle), SlowClientsTest::ok);
    RawClient client = connect();
    RawClient.Response first = client.send(RawClient.post("/a", "{}")).readResponse();
    long start = System.nanoTime();
    byte[] rest = client.readToEnd();
    Duration quiet = Duration.ofNanos(System.nanoTime() - start);

    assertThat(first.status()).isEqualTo(200);
    assertThat(rest).isEmpty();
    assertThat(quiet).isBetween(idle.minusMillis(100), idle.plusSeconds(2));
  }

  @Test
  void givesTheSlotOfAnIdleConnectionToANewClientWhenFull() throws Exception {
    server = LoopbackHttpServer.start(0, Limits.defaults().withMaxConnections(1), SlowClientsTest::ok);
    RawClient idle = connect();
    assertThat(idle.send(RawClient.post("/a", "{}")).readResponse().status()).isEqualTo(200);
    Thread.sleep(200); // let its thread go back to waiting for a next request

    RawClient next = connect();
    assertThat(next.send(RawClient.post("/b", "{}")).readResponse().status()).isEqualTo(200);
    assertThat(idle.readToEnd()).isEmpty(); // closed quietly: it had no request in flight
  }

  @Test
  void refusesWith503OnlyAfterReadingTheHeadWhenEveryConnectionIsBusy() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch entered = new CountDownLatch(2);
    server = LoopbackHttpServer.start(0, Limits.defaults().withMaxConnections(2), request -> {
      entered.countDown();
      release.await(10, TimeUnit.SECONDS);
      return ok(request);
    });
    RawClient first = connect().send(RawClient.post("/a", "{}"));
    RawClient second = connect().send(RawClient.post("/b", "{}"));
    assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

    RawClient third = connect();
    third.socket.setSoTimeout(300);
    assertThatThrownBy(third::readToEnd).isInstanceOf(SocketTimeoutException.class); // nothing before its head
    third.socket.setSoTimeout(5_000);
    RawClient.Response refused = third.send(RawClient.post("/c", "{}")).readResponse();

    assertThat(refused.status()).isEqualTo(503);
    assertThat(refused.headers()).containsEntry("retry-after", "1").containsEntry("connection", "close");
    release.countDown();
    assertThat(first.readResponse().status()).isEqualTo(200);
    assertThat(second.readResponse().status()).isEqualTo(200);
    assertThat(server.requestsServed()).isEqualTo(2);
  }
}
