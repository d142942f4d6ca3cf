package dev.sivi4j.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.KeyKind;
import dev.sivi4j.SiviClient;
import dev.sivi4j.Timeouts;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.error.SiviTimeoutException;
import dev.sivi4j.error.SiviTransportException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.testkit.Fault;
import dev.sivi4j.testkit.FaultRule;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeSiviServer;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Faults F1 to F9 of the fault catalogue: the network and the peer misbehaving below HTTP. Each test is
 * one cell of the fault matrix and checks the exception (or success), the exact number of requests the
 * server saw under the retry policy (connect failures, resets, closes and per-attempt timeouts are
 * retried, to three attempts), that the call ended within its whole-call deadline plus 250 ms, and,
 * after the test, that no connection is leaked.
 */
public abstract class NetworkFaultsContract extends TransportContract {
  /**
   * For subclasses.
   *
   * @param transport the transport under test, fresh for this test
   */
  protected NetworkFaultsContract(TransportUnderTest transport) {
    super(transport);
  }

  private FakeSiviServer faulty(Fault fault) {
    FakeSiviServer server = fakeServer();
    canaryAccount(server.fake(), KeyKind.SUPER_USER);
    server.fake().faults().inject(FaultRule.of(fault).always());
    return server;
  }

  private SiviClient clientFor(URI baseUrl, Timeouts timeouts) {
    return client(config(baseUrl, KeyKind.SUPER_USER).timeouts(timeouts).build());
  }

  private static SiviTransportException transportFailure(Outcome<?> outcome, TransportErrorKind kind, Timeouts timeouts) {
    SiviTransportException error = failure(outcome, SiviTransportException.class, timeouts);
    assertThat(error.kind()).as("kind of %s", describe(error)).isEqualTo(kind);
    return error;
  }

  @Test
  void f01ConnectionRefusedIsRetriedThenAConnectFailure() {
    SiviClient sivi = clientFor(URI.create("http://127.0.0.1:" + LimitsContract.closedPort() + "/api/prod/v2"), RELAXED);

    SiviTransportException error = transportFailure(run(() -> sivi.deleteUser(USER)), TransportErrorKind.CONNECT_FAILED, RELAXED);

    assertThat(error.attempts()).isEqualTo(3);
    assertThat(error.outcomeUnknown()).isFalse();
  }

  @Test
  void f02BlackHoledConnectTimesOutAtTheConnectTimeout() {
    BlackHole hole = track(BlackHole.open());
    Timeouts timeouts =
        new Timeouts(Duration.ofMillis(200), Duration.ofMillis(300), Duration.ofSeconds(1), Duration.ofSeconds(2));
    SiviClient sivi = clientFor(hole.baseUri(), timeouts);

    Outcome<Void> outcome = run(() -> sivi.deleteUser(USER));

    SiviTimeoutException error = failure(outcome, SiviTimeoutException.class, timeouts);
    assertThat(error.kind()).as("kind of %s", describe(error)).isEqualTo(TransportErrorKind.CONNECT_TIMEOUT);
    assertThat(error.attempts()).isEqualTo(3);
    assertThat(outcome.elapsed()).as("three connect timeouts of 200 ms, not the per-attempt timeout (lag %s)", outcome.lag())
        .isLessThan(Duration.ofSeconds(1).plus(outcome.lag()));
  }

  @Test
  void f03ResetBeforeAnyResponseIsRetriedThenOutcomeUnknown() {
    FakeSiviServer server = faulty(Fault.reset());
    SiviClient sivi = clientFor(server.baseUri(), RELAXED);

    SiviTransportException error = transportFailure(run(() -> sivi.deleteUser(USER)), TransportErrorKind.CONNECTION_RESET, RELAXED);

    assertThat(error.outcomeUnknown()).isTrue();
    assertThat(error.attempts()).isEqualTo(3);
    assertThat(requestsSeen(server)).isEqualTo(3);
  }

  @Test
  void f04CleanCloseBeforeAnyResponseIsRetriedThenOutcomeUnknown() {
    FakeSiviServer server = faulty(Fault.closeAfterRequest());
    SiviClient sivi = clientFor(server.baseUri(), RELAXED);

    SiviTransportException error = transportFailure(run(() -> sivi.deleteUser(USER)), TransportErrorKind.CONNECTION_CLOSED, RELAXED);

    assertThat(error.outcomeUnknown()).isTrue();
    assertThat(error.attempts()).isEqualTo(3);
    assertThat(requestsSeen(server)).isEqualTo(3);
  }

  @Test
  void f05StalePooledConnectionIsReplacedWithoutAnError() throws InterruptedException {
    FakeSiviServer server = fakeServer();
    FakeAccount account = canaryAccount(server.fake(), KeyKind.SUPER_USER);
    server.fake().faults().injectOnce(Fault.closeAfterResponse());
    SiviClient sivi = clientFor(server.baseUri(), RELAXED);
    success(call(() -> sivi.loginUser(LoginUserRequest.of(USER))), RELAXED);
    awaitNoServerConnections(server);

    success(run(() -> sivi.deleteUser(USER)), RELAXED);

    assertThat(requestsSeen(server)).isEqualTo(2);
    assertThat(server.fake().user(account, USER).orElseThrow().deleted()).isTrue();
  }

  @Test
  void f06NoResponseTimesOutEachAttemptThenFails() {
    FakeSiviServer server = faulty(Fault.stallBeforeHeaders());
    Timeouts timeouts = RELAXED.withPerAttempt(Duration.ofMillis(300)).withWholeCall(Duration.ofMillis(1500));
    SiviClient sivi = clientFor(server.baseUri(), timeouts);

    SiviTimeoutException error = failure(run(() -> sivi.deleteUser(USER)), SiviTimeoutException.class, timeouts);

    assertThat(error.kind()).as("kind of %s", describe(error)).isEqualTo(TransportErrorKind.RESPONSE_TIMEOUT);
    assertThat(error.attempts()).isEqualTo(3);
    assertThat(requestsSeen(server)).isEqualTo(3);
  }

  @Test
  void f07DribbledBodyIsEndedByTheWholeCallDeadline() {
    FakeSiviServer server = faulty(Fault.slowBody(Duration.ofMillis(100), 1));
    Timeouts timeouts = RELAXED.withPerAttempt(Duration.ofSeconds(1)).withWholeCall(Duration.ofSeconds(1));
    SiviClient sivi = clientFor(server.baseUri(), timeouts);

    SiviTimeoutException error = failure(run(() -> sivi.deleteUser(USER)), SiviTimeoutException.class, timeouts);

    assertThat(error.kind()).as("kind of %s", describe(error)).isEqualTo(TransportErrorKind.CALL_TIMEOUT);
    assertThat(error.attempts()).isEqualTo(1);
    assertThat(requestsSeen(server)).isEqualTo(1);
  }

  @Test
  void f08TruncatedBodyIsRetriedThenAnIncompleteResponse() {
    FakeSiviServer server = faulty(Fault.truncatedBody(16));
    SiviClient sivi = clientFor(server.baseUri(), RELAXED);

    SiviTransportException error = transportFailure(run(() -> sivi.deleteUser(USER)), TransportErrorKind.CONNECTION_CLOSED, RELAXED);

    assertThat(error.outcomeUnknown()).isTrue();
    assertThat(error.attempts()).isEqualTo(3);
    assertThat(requestsSeen(server)).isEqualTo(3);
  }

  @Test
  void f09GarbageInsteadOfHttpIsAProtocolErrorNotRetried() {
    FakeSiviServer server = faulty(Fault.garbageThenClose());
    SiviClient sivi = clientFor(server.baseUri(), RELAXED);

    SiviTransportException error = transportFailure(run(() -> sivi.deleteUser(USER)), TransportErrorKind.PROTOCOL_ERROR, RELAXED);

    assertThat(error.attempts()).isEqualTo(1);
    assertThat(requestsSeen(server)).isEqualTo(1);
  }

  /** Waits until the server has closed every connection (so the client's pooled one is stale). */
  static void awaitNoServerConnections(FakeSiviServer server) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (server.openConnections() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
  }
}
