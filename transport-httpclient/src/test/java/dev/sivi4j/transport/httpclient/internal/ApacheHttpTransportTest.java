package dev.sivi4j.transport.httpclient.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sivi4j.ApiKey;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import dev.sivi4j.spi.Header;
import dev.sivi4j.spi.TransportRequest;
import dev.sivi4j.spi.TransportResponse;
import dev.sivi4j.transport.httpclient.testing.RecordedRequest;
import dev.sivi4j.transport.httpclient.testing.Reply;
import dev.sivi4j.transport.httpclient.testing.ScriptedServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApacheHttpTransportTest {
  static final String KEY = "sk-canary-4b1d6c0e";
  static final long CAP = 64 * 1024;

  private final ScriptedServer server = ScriptedServer.start();
  private final ApacheHttpTransport transport = ApacheHttpTransport.create(config(server.baseUrl(), 4));

  static SiviConfig config(URI baseUrl, int maxConnections) {
    return SiviConfig.builder()
        .apiKey(ApiKey.superUser(KEY))
        .baseUrl(baseUrl)
        .timeouts(Timeouts.defaults().withConnect(Duration.ofSeconds(2)).withPoolAcquire(Duration.ofMillis(300)))
        .maxConnections(maxConnections)
        .build();
  }

  static TransportRequest request(URI baseUrl, Duration timeout, long maxBytes) {
    return new TransportRequest(
        Operation.LOGIN_USER,
        1,
        baseUrl.resolve("/api/prod/v2/super/login-user"),
        List.of(
            new Header("sivi-api-key", KEY, true),
            new Header("Content-Type", "application/json"),
            new Header("Accept", "application/json"),
            new Header("User-Agent", "sivi4j/test Java/17")),
        "{\"abstractUserId\":\"user-1\"}".getBytes(StandardCharsets.UTF_8),
        timeout,
        maxBytes);
  }

  private TransportRequest request() {
    return request(server.baseUrl(), Duration.ofSeconds(5), CAP);
  }

  @AfterEach
  void closeAndCheckPool() {
    assertThat(transport.poolStats()).hasValueSatisfying(stats -> assertThat(stats.getLeased()).isZero());
    transport.close();
    server.close();
  }

  @Test
  void sendsEveryHeaderAndTheBodyAsGiven() throws Exception {
    transport.send(request());

    RecordedRequest received = server.requests().get(0);
    assertThat(received.method()).isEqualTo("POST");
    assertThat(received.path()).isEqualTo("/api/prod/v2/super/login-user");
    assertThat(received.header("sivi-api-key")).isEqualTo(KEY);
    assertThat(received.headers().get("content-type")).containsExactly("application/json");
    assertThat(received.header("accept")).isEqualTo("application/json");
    assertThat(received.headers().get("user-agent")).containsExactly("sivi4j/test Java/17");
    assertThat(received.headers()).doesNotContainKeys("accept-encoding", "cookie");
    assertThat(new String(received.body(), StandardCharsets.UTF_8)).isEqualTo("{\"abstractUserId\":\"user-1\"}");
  }

  @Test
  void returnsStatusLowerCaseHeadersAndBody() throws Exception {
    server.reply(Reply.error(429, "slow down").withHeader("Retry-After", "3").withHeader("X-Trace", "a"));

    TransportResponse response = transport.send(request());

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers()).containsEntry("retry-after", "3").containsEntry("x-trace", "a");
    assertThat(response.headers().keySet()).allMatch(name -> name.equals(name.toLowerCase(java.util.Locale.ROOT)));
    assertThat(new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"status\":429,\"body\":{\"message\":\"slow down\"}}");
  }

  @Test
  void doesNotFollowRedirects() throws Exception {
    server.reply(Reply.of(302, "text/plain", new byte[0]).withHeader("Location", "http://127.0.0.1:1/elsewhere"));

    TransportResponse response = transport.send(request());

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void reusesThePooledConnectionAfterACompleteResponse() throws Exception {
    transport.send(request());
    transport.send(request());

    assertThat(server.clientPorts()).hasSize(2);
    assertThat(server.clientPorts().get(1)).isEqualTo(server.clientPorts().get(0));
    assertThat(transport.poolStats().orElseThrow().getAvailable()).isEqualTo(1);
  }

  @Test
  void acceptsABodyOfExactlyTheCap() throws Exception {
    byte[] body = new byte[(int) CAP];
    Arrays.fill(body, (byte) 'x');
    server.reply(Reply.of(200, "application/json", body), Reply.of(200, "application/json", body).chunked());

    assertThat(transport.send(request()).body()).hasSize((int) CAP);
    assertThat(transport.send(request()).body()).hasSize((int) CAP);
  }

  @Test
  void refusesADeclaredOversizedBodyAndDiscardsTheConnection() {
    server.reply(Reply.of(200, "application/json", new byte[(int) CAP + 1]));

    assertThatThrownBy(() -> transport.send(request()))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.RESPONSE_TOO_LARGE))
        .hasMessageContaining("cap of " + CAP);
    assertThat(transport.poolStats().orElseThrow().getAvailable()).isZero();
  }

  @Test
  void refusesAChunkedOversizedBodyAndDiscardsTheConnection() {
    server.reply(Reply.of(200, "application/json", new byte[(int) CAP * 4]).chunked());

    assertThatThrownBy(() -> transport.send(request()))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.RESPONSE_TOO_LARGE));
    assertThat(transport.poolStats().orElseThrow().getAvailable()).isZero();
  }

  @Test
  void abortsASlowlyDribbledBodyAtTheAttemptDeadline() {
    // 100 bytes at 100 ms each would take 10 s; every read is well inside the response timeout.
    server.reply(Reply.of(200, "application/json", new byte[100]).dribbled(Duration.ofMillis(100)));
    long start = System.nanoTime();

    assertThatThrownBy(() -> transport.send(request(server.baseUrl(), Duration.ofMillis(400), CAP)))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.RESPONSE_TIMEOUT))
        .hasMessageContaining("within 400 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void failsWithResponseTimeoutWhenTheServerNeverAnswers() {
    server.reply(Reply.never());

    assertThatThrownBy(() -> transport.send(request(server.baseUrl(), Duration.ofMillis(300), CAP)))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.RESPONSE_TIMEOUT));
  }

  @Test
  void abortsTheAttemptAtOnceWhenTheCallerIsInterruptedAndKeepsItsFlag() throws Exception {
    server.reply(Reply.never());
    CompletableFuture<Throwable> failure = new CompletableFuture<>();
    AtomicBoolean flagKept = new AtomicBoolean();
    Thread caller = new Thread(() -> {
      failure.complete(catchThrowable(() -> transport.send(request(server.baseUrl(), Duration.ofSeconds(30), CAP))));
      flagKept.set(Thread.currentThread().isInterrupted());
    }, "interrupted-caller");
    caller.setDaemon(true);
    caller.start();
    while (server.requests().isEmpty()) {
      Thread.sleep(5);
    }

    caller.interrupt();

    // Far below the 30 s attempt timeout: the watchdog aborted the read the interrupt could not end.
    assertThat(failure.get(10, TimeUnit.SECONDS))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.INTERRUPTED))
        .hasMessageContaining("interrupted");
    caller.join(5000);
    assertThat(flagKept).isTrue();
    assertThat(transport.poolStats().orElseThrow().getAvailable()).isZero();
  }

  @Test
  void sendsNothingWhenTheCallerIsAlreadyInterrupted() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> transport.send(request()))
          .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.INTERRUPTED));
    } finally {
      assertThat(Thread.interrupted()).as("the flag, kept").isTrue();
    }
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void closingAbortsAnAttemptInFlightOnAUsersClient() throws Exception {
    server.reply(Reply.never());
    try (CloseableHttpClient userClient = HttpClients.custom().disableAutomaticRetries().build()) {
      ApacheHttpTransport onUsers = ApacheHttpTransport.using(config(server.baseUrl(), 4), userClient);
      CompletableFuture<Throwable> failure = CompletableFuture.supplyAsync(
          () -> catchThrowable(() -> onUsers.send(request(server.baseUrl(), Duration.ofSeconds(30), CAP))));
      while (server.requests().isEmpty()) {
        Thread.sleep(5);
      }

      onUsers.close();

      assertThat(failure.get(10, TimeUnit.SECONDS))
          .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.CLIENT_CLOSED));
    }
  }

  @Test
  void failsWithPoolAcquireTimeoutWhenEveryConnectionIsBusy() throws Exception {
    try (ApacheHttpTransport single = ApacheHttpTransport.create(config(server.baseUrl(), 1))) {
      server.reply(Reply.never());
      Thread busy = new Thread(() -> {
        try {
          single.send(request(server.baseUrl(), Duration.ofSeconds(3), CAP));
        } catch (TransportException expected) {
          // It times out once the other request has given up.
        }
      });
      busy.start();
      while (server.requests().isEmpty()) {
        Thread.sleep(10);
      }

      assertThatThrownBy(() -> single.send(request()))
          .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.POOL_ACQUIRE_TIMEOUT));
      server.close();
      busy.join();
      assertThat(single.poolStats().orElseThrow().getLeased()).isZero();
    }
  }

  @Test
  void refusesToSendOnceClosed() {
    transport.close();

    assertThatThrownBy(() -> transport.send(request()))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.CLIENT_CLOSED));
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void ownsTheClientItCreated() {
    assertThat(transport.ownsClient()).isTrue();
    assertThat(transport.poolStats()).isPresent();
  }
}
