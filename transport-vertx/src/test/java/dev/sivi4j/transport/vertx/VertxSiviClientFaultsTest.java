package dev.sivi4j.transport.vertx;

import static dev.sivi4j.transport.vertx.StubSivi.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.error.SiviResponseException;
import dev.sivi4j.error.SiviTimeoutException;
import dev.sivi4j.error.SiviTransportException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.UnexpectedStatusException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Faults below HTTP: each ends in its typed exception, on time, with every connection released. */
class VertxSiviClientFaultsTest extends LoopbackTestBase {
  private static final AbstractUserId USER = AbstractUserId.of("user-12345");
  private static final int CAP = 4096;
  /** Far below every timeout that could close a connection without a reset. */
  private static final Duration RESET = Duration.ofSeconds(1);

  private Throwable deleteFails(SiviConfig config) throws Exception {
    return Await.failure(client(config).deleteUser(USER));
  }

  private SiviConfig capped() {
    return config(SUPER).maxResponseBytes(CAP).build();
  }

  @Test
  void bodyOverTheCapFailsWithoutRetrying() throws Exception {
    sivi.on("/super/delete-user", StubSivi.sized(64 * 1024));

    Throwable failure = deleteFails(capped());

    assertThat(failure).isInstanceOf(SiviResponseException.class);
    assertThat(((SiviResponseException) failure).reason()).isEqualTo(SiviResponseException.Reason.BODY_TOO_LARGE);
    assertThat(sivi.requests()).hasSize(1);
  }

  @Test
  void endlessBodyIsCutOffAtTheCapAndItsConnectionClosed() throws Exception {
    sivi.on("/super/delete-user", StubSivi.endless());

    Throwable failure = deleteFails(capped());

    assertThat(failure).isInstanceOf(SiviResponseException.class);
    assertThat(((SiviResponseException) failure).reason()).isEqualTo(SiviResponseException.Reason.BODY_TOO_LARGE);
    Await.within(RESET, () -> sivi.openConnections() == 0, "the server saw the connection closed");
  }

  @Test
  void bodyExactlyAtTheCapIsAccepted() throws Exception {
    String head = "{\"status\":200,\"body\":{\"message\":\"";
    String tail = "\"}}";
    String body = head + "x".repeat(CAP - head.length() - tail.length()) + tail;
    sivi.on("/super/delete-user", StubSivi.json(200, body));

    assertThat(Await.result(client(capped()).deleteUser(USER))).isNull();
  }

  @Test
  void refusedConnectionIsAConnectFailureRetriedToTheLimit() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    SiviConfig config = config(SUPER).baseUrl(URI.create("http://127.0.0.1:" + closedPort)).build();

    Throwable failure = deleteFails(config);

    assertThat(failure).isInstanceOf(SiviTransportException.class);
    SiviTransportException error = (SiviTransportException) failure;
    assertThat(error.kind()).isEqualTo(TransportErrorKind.CONNECT_FAILED);
    assertThat(error.attempts()).isEqualTo(3);
  }

  @Test
  void silentServerTimesOutEachAttemptWithinTheWholeCallDeadline() throws Exception {
    sivi.on("/super/delete-user", StubSivi.stall());
    Timeouts timeouts = Timeouts.defaults().withPerAttempt(Duration.ofMillis(300)).withWholeCall(Duration.ofSeconds(3));
    long started = System.nanoTime();

    Throwable failure = deleteFails(config(SUPER).timeouts(timeouts).build());

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(failure).isInstanceOf(SiviTimeoutException.class);
    assertThat(((SiviTimeoutException) failure).kind()).isEqualTo(TransportErrorKind.RESPONSE_TIMEOUT);
    assertThat(((SiviTimeoutException) failure).attempts()).isEqualTo(3);
    assertThat(sivi.requests()).hasSize(3);
    assertThat(took).isLessThan(timeouts.wholeCall().plusMillis(250));
  }

  @Test
  void dribbledBodyCannotOutlastTheAttemptTimeout() throws Exception {
    sivi.on("/super/delete-user", StubSivi.dribble(20));
    Timeouts timeouts = Timeouts.defaults().withPerAttempt(Duration.ofMillis(400)).withWholeCall(Duration.ofSeconds(3));
    SiviConfig config =
        config(SUPER).timeouts(timeouts).retryPolicy(RetryPolicy.defaults().withMaxAttempts(1)).build();
    long started = System.nanoTime();

    Throwable failure = deleteFails(config);

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(failure).isInstanceOf(SiviTimeoutException.class);
    assertThat(((SiviTimeoutException) failure).kind()).isEqualTo(TransportErrorKind.RESPONSE_TIMEOUT);
    assertThat(took).isLessThan(timeouts.perAttempt().plusMillis(1000));
  }

  @Test
  void waitForAPooledConnectionEndsAtThePoolAcquireTimeout() throws Exception {
    sivi.on("/super/delete-user", StubSivi.stall()).on("/super/reactivate-user", envelope(200, "User reactivated successfully"));
    Timeouts timeouts =
        Timeouts.defaults()
            .withConnect(Duration.ofMillis(100))
            .withPoolAcquire(Duration.ofMillis(200))
            .withPerAttempt(Duration.ofMillis(1500))
            .withWholeCall(Duration.ofSeconds(2));
    SiviConfig config =
        config(SUPER).timeouts(timeouts).maxConnections(1).retryPolicy(RetryPolicy.defaults().withMaxAttempts(1)).build();
    VertxSiviClient client = client(config);
    var holding = client.deleteUser(USER);
    Await.until(() -> sivi.requests().size() == 1, "the only connection is taken");

    Throwable failure = Await.failure(client.reactivateUser(USER));

    assertThat(failure).isInstanceOf(SiviTimeoutException.class);
    assertThat(((SiviTimeoutException) failure).kind()).isEqualTo(TransportErrorKind.POOL_ACQUIRE_TIMEOUT);
    assertThat(sivi.requests()).hasSize(1);
    assertThat(Await.failure(holding)).isInstanceOf(SiviTimeoutException.class);
  }

  @Test
  void connectionClosedWithoutAnswerIsRetriedAsOutcomeUnknown() throws Exception {
    sivi.on("/super/delete-user", StubSivi.hangUp(), envelope(200, "Successfully deleted the user"));

    assertThat(Await.result(client(SUPER).deleteUser(USER))).isNull();
    assertThat(sivi.requests()).hasSize(2);
  }

  @Test
  void connectionAlwaysClosedEndsAsConnectionClosed() throws Exception {
    sivi.on("/super/delete-user", StubSivi.hangUp());

    Throwable failure = deleteFails(config(SUPER).build());

    assertThat(failure).isInstanceOf(SiviTransportException.class);
    assertThat(((SiviTransportException) failure).kind()).isEqualTo(TransportErrorKind.CONNECTION_CLOSED);
    assertThat(((SiviTransportException) failure).outcomeUnknown()).isTrue();
  }

  @Test
  void plainHttpServerOnAnHttpsUrlIsATlsFailureNotRetried() throws Exception {
    SiviConfig config = config(SUPER).baseUrl(URI.create("https://127.0.0.1:" + sivi.baseUrl().getPort())).build();

    Throwable failure = deleteFails(config);

    assertThat(failure).isInstanceOf(SiviTransportException.class);
    SiviTransportException error = (SiviTransportException) failure;
    assertThat(error.kind()).isEqualTo(TransportErrorKind.TLS_FAILED);
    assertThat(error.attempts()).isEqualTo(1);
    assertThat(sivi.requests()).isEmpty();
  }

  @Test
  void redirectIsNotFollowedSoTheKeyStaysWithTheService() throws Exception {
    StubSivi elsewhere = StubSivi.start(stubVertx);
    try {
      sivi.on("/super/delete-user", StubSivi.redirect(elsewhere.baseUrl() + "/super/delete-user"));

      Throwable failure = deleteFails(config(SUPER).build());

      assertThat(failure).isInstanceOf(UnexpectedStatusException.class);
      assertThat(((UnexpectedStatusException) failure).statusCode()).isEqualTo(302);
      assertThat(elsewhere.requests()).isEmpty();
    } finally {
      elsewhere.close();
    }
  }

  @Test
  void callAfterCloseFailsAsClientClosed() throws Exception {
    VertxSiviClient client = client(SUPER);
    client.close();

    Throwable failure = Await.failure(client.deleteUser(USER));

    assertThat(failure).isInstanceOf(SiviTransportException.class);
    assertThat(((SiviTransportException) failure).kind()).isEqualTo(TransportErrorKind.CLIENT_CLOSED);
    assertThat(sivi.requests()).isEmpty();
  }
}
