package dev.sivi4j.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.KeyKind;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.error.SiviResponseException;
import dev.sivi4j.error.SiviTimeoutException;
import dev.sivi4j.error.SiviTransportException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.testkit.Fault;
import dev.sivi4j.testkit.FaultRule;
import dev.sivi4j.testkit.FakeSiviServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The limits a transport enforces and its life cycle: the response body cap, the per-attempt and
 * whole-call timeouts, a refused connection, and a closed client.
 */
public abstract class LimitsContract extends TransportContract {
  private static final int CAP = 4096;

  /**
   * For subclasses.
   *
   * @param transport the transport under test, fresh for this test
   */
  protected LimitsContract(TransportUnderTest transport) {
    super(transport);
  }

  @Test
  void bodyOverTheCapIsTooLargeAndNotRetried() {
    ScriptedSivi server = scripted(ScriptedSivi.error(200, "x".repeat(CAP)));
    SiviClient sivi = client(config(server.baseUri(), KeyKind.SUPER_USER).maxResponseBytes(CAP).build());

    SiviResponseException error = failure(run(() -> sivi.deleteUser(USER)), SiviResponseException.class, RELAXED);

    assertThat(error.reason()).isEqualTo(SiviResponseException.Reason.BODY_TOO_LARGE);
    assertThat(error.attempts()).isEqualTo(1);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void bodyExactlyAtTheCapIsRead() {
    String head = "{\"status\":200,\"body\":{\"message\":\"";
    String tail = "\"}}";
    ScriptedSivi server = scripted(ScriptedSivi.json(200, head + "x".repeat(CAP - head.length() - tail.length()) + tail));
    SiviClient sivi = client(config(server.baseUri(), KeyKind.SUPER_USER).maxResponseBytes(CAP).build());

    success(run(() -> sivi.deleteUser(USER)), RELAXED);
  }

  @Test
  void defaultCapIsOneMebibyte() {
    ScriptedSivi server = scripted(ScriptedSivi.oversized(SiviConfig.DEFAULT_MAX_RESPONSE_BYTES + 1));
    SiviClient sivi = client(config(server.baseUri(), KeyKind.SUPER_USER).build());

    SiviResponseException error = failure(run(() -> sivi.deleteUser(USER)), SiviResponseException.class, RELAXED);

    assertThat(error.reason()).isEqualTo(SiviResponseException.Reason.BODY_TOO_LARGE);
  }

  @Test
  void slowAttemptTimesOutAndTheRetrySucceeds() {
    FakeSiviServer server = fakeServer();
    canaryAccount(server.fake(), KeyKind.SUPER_USER);
    server.fake().faults().inject(FaultRule.of(Fault.latency(Duration.ofSeconds(3))));
    Timeouts timeouts = RELAXED.withPerAttempt(Duration.ofSeconds(1)).withWholeCall(Duration.ofSeconds(6));
    SiviClient sivi = client(config(server.baseUri(), KeyKind.SUPER_USER).timeouts(timeouts).build());

    success(call(() -> sivi.loginUser(LoginUserRequest.of(USER))), timeouts);

    assertThat(requestsSeen(server)).isEqualTo(2);
  }

  @Test
  void wholeCallDeadlineCutsTheAttemptShort() {
    FakeSiviServer server = fakeServer();
    server.fake().faults().inject(FaultRule.of(Fault.stallBeforeHeaders()).always());
    Timeouts timeouts = RELAXED.withPerAttempt(Duration.ofSeconds(5)).withWholeCall(Duration.ofMillis(500));
    SiviClient sivi = client(config(server.baseUri(), KeyKind.SUPER_USER).timeouts(timeouts).build());

    SiviTimeoutException error = failure(run(() -> sivi.deleteUser(USER)), SiviTimeoutException.class, timeouts);

    assertThat(error.kind()).as("kind of %s", describe(error)).isEqualTo(TransportErrorKind.CALL_TIMEOUT);
    assertThat(error.attempts()).isEqualTo(1);
    assertThat(requestsSeen(server)).isEqualTo(1);
  }

  @Test
  void refusedConnectionNamesThePortAndIsRetried() {
    int port = closedPort();
    SiviClient sivi = client(config(URI.create("http://127.0.0.1:" + port + "/api/prod/v2"), KeyKind.SUPER_USER).build());

    SiviTransportException error = failure(run(() -> sivi.deleteUser(USER)), SiviTransportException.class, RELAXED);

    assertThat(error.kind()).as("kind of %s", describe(error)).isEqualTo(TransportErrorKind.CONNECT_FAILED);
    assertThat(error.outcomeUnknown()).isFalse();
    assertThat(error.attempts()).isEqualTo(3);
    assertThat(error.getMessage()).contains(String.valueOf(port));
  }

  @Test
  void callAfterCloseFailsAsClientClosedWithoutSending() {
    ScriptedSivi server = scripted(ScriptedSivi.error(200, "Done"));
    SiviClient sivi = client(config(server.baseUri(), KeyKind.SUPER_USER).build());
    success(run(() -> sivi.deleteUser(USER)), RELAXED);

    sivi.close();
    sivi.close();
    SiviTransportException error = failure(run(() -> sivi.deleteUser(USER)), SiviTransportException.class, RELAXED);

    assertThat(error.kind()).as("kind of %s", describe(error)).isEqualTo(TransportErrorKind.CLIENT_CLOSED);
    assertThat(error.attempts()).isEqualTo(1);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void closingEndsACallInFlight() throws Exception {
    FakeSiviServer server = fakeServer();
    server.fake().faults().inject(FaultRule.of(Fault.stallBeforeHeaders()).always());
    SiviClient sivi = client(config(server.baseUri(), KeyKind.SUPER_USER).build());
    CompletableFuture<Outcome<Void>> pending = CompletableFuture.supplyAsync(() -> run(() -> sivi.deleteUser(USER)));
    awaitRequests(server, 1);

    long closed = System.nanoTime();
    sivi.close();
    Outcome<Void> outcome = pending.get(RELAXED.wholeCall().toMillis(), TimeUnit.MILLISECONDS);

    assertThat(outcome.error()).isInstanceOf(SiviTransportException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - closed)).as("time from close to the call's end (scheduler lag %s)", outcome.lag())
        .isLessThan(Duration.ofSeconds(1).plus(outcome.lag()));
    assertThat(requestsSeen(server)).isEqualTo(1);
  }

  /** A port on 127.0.0.1 where nothing listens. */
  static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the fake has seen {@code count} requests. */
  static void awaitRequests(FakeSiviServer server, long count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (requestsSeen(server) < count) {
      assertThat(System.nanoTime()).as("the fake to see %d requests", count).isLessThan(deadline);
      Thread.sleep(2);
    }
  }
}
