package dev.sivi4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviClient;
import dev.sivi4j.Timeouts;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.error.InvalidInputException;
import dev.sivi4j.error.ServerErrorException;
import dev.sivi4j.error.SiviResponseException;
import dev.sivi4j.error.SiviTimeoutException;
import dev.sivi4j.error.SiviTransportException;
import dev.sivi4j.error.TransportErrorKind;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServerFaultTest {
  private static final AbstractUserId USER = AbstractUserId.of("user-1");

  private final FakeSivi fake = FakeSivi.create();
  private final FakeAccount account = fake.createAccount(FakeKeyKind.SUPER_USER);
  private final FakeSiviServer server = fake.startServer();
  private final SiviClient client = ServerClients.blocking(server, account, b -> b.retryPolicy(RetryPolicy.none())
      .timeouts(Timeouts.defaults().withPerAttempt(Duration.ofMillis(600))));

  @AfterEach
  void stop() {
    server.close();
  }

  private Throwable loginFails(Fault fault) {
    fake.faults().inject(FaultRule.of(fault));
    try {
      client.loginUser(LoginUserRequest.of(USER));
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("login succeeded despite " + fault);
  }

  private static TransportErrorKind kind(Throwable error) {
    assertThat(error).isInstanceOf(SiviTransportException.class);
    return ((SiviTransportException) error).kind();
  }

  @Test
  void statusWithTheDocumentedEnvelope() {
    Throwable error = loginFails(Fault.status(422, "Bad brand"));
    assertThat(error).isInstanceOf(InvalidInputException.class).hasMessageContaining("Bad brand");
    assertThat(((InvalidInputException) error).httpStatus()).hasValue(422);
    assertThat(((InvalidInputException) error).envelopeStatus()).hasValue(422);
  }

  @Test
  void htmlErrorPage() {
    Throwable error = loginFails(Fault.htmlError(503));
    assertThat(error).isInstanceOf(ServerErrorException.class);
    assertThat(((ServerErrorException) error).bodyExcerpt()).contains("<html>");
  }

  @Test
  void malformedAndEmptyBodies() {
    assertThat(loginFails(Fault.malformedBody())).isInstanceOf(SiviResponseException.class);
    assertThat(loginFails(Fault.emptyBody())).isInstanceOf(SiviResponseException.class);
  }

  @Test
  void reset() {
    assertThat(kind(loginFails(Fault.reset()))).isIn(TransportErrorKind.CONNECTION_RESET, TransportErrorKind.CONNECTION_CLOSED);
  }

  @Test
  void closeAfterRequest() {
    assertThat(kind(loginFails(Fault.closeAfterRequest()))).isEqualTo(TransportErrorKind.CONNECTION_CLOSED);
  }

  @Test
  void garbageThenClose() {
    assertThat(kind(loginFails(Fault.garbageThenClose()))).isEqualTo(TransportErrorKind.PROTOCOL_ERROR);
  }

  @Test
  void truncatedBody() {
    assertThat(kind(loginFails(Fault.truncatedBody()))).isEqualTo(TransportErrorKind.CONNECTION_CLOSED);
  }

  @Test
  void stallBeforeHeadersTimesOut() {
    Throwable error = loginFails(Fault.stallBeforeHeaders());
    assertThat(error).isInstanceOf(SiviTimeoutException.class);
    assertThat(kind(error)).isEqualTo(TransportErrorKind.RESPONSE_TIMEOUT);
  }

  @Test
  void latencyIsRealAndTimesOutPastTheAttemptTimeout() {
    fake.faults().inject(FaultRule.of(Fault.latency(Duration.ofMillis(150))));
    long start = System.nanoTime();
    client.loginUser(LoginUserRequest.of(USER));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));

    assertThat(kind(loginFails(Fault.latency(Duration.ofSeconds(5))))).isEqualTo(TransportErrorKind.RESPONSE_TIMEOUT);
  }

  @Test
  void slowBody() {
    fake.faults().inject(FaultRule.of(Fault.slowBody(Duration.ofMillis(5), 40)));
    assertThat(client.loginUser(LoginUserRequest.of(USER)).user().id()).isEqualTo(USER);

    assertThat(kind(loginFails(Fault.slowBody(Duration.ofMillis(200), 5)))).isEqualTo(TransportErrorKind.RESPONSE_TIMEOUT);
  }

  @Test
  void oversizedBody() {
    Throwable error = loginFails(Fault.oversizedBody(3L << 20));
    assertThat(error).isInstanceOf(SiviResponseException.class);
    assertThat(((SiviResponseException) error).reason()).isEqualTo(SiviResponseException.Reason.BODY_TOO_LARGE);
  }

  @Test
  void closeAfterResponseLeavesAStaleConnectionThatARetryGetsPast() {
    SiviClient retrying = ServerClients.blocking(server, account);
    fake.faults().inject(FaultRule.of(Fault.closeAfterResponse()).operation(Operation.LOGIN_USER));

    retrying.loginUser(LoginUserRequest.of(USER));
    retrying.loginUser(LoginUserRequest.of(USER));

    assertThat(fake.user(account, USER)).isPresent();
  }

  @Test
  void retriesGetPastTransientFaults() {
    SiviClient retrying = ServerClients.blocking(server, account);
    fake.faults().inject(FaultRule.of(Fault.htmlError(502)).times(2));

    assertThat(retrying.loginUser(LoginUserRequest.of(USER)).user().id()).isEqualTo(USER);
    assertThat(fake.journal().requests()).extracting(RecordedRequest::status).containsExactly(502, 502, 200);
    assertThat(fake.journal().requests()).allSatisfy(r -> assertThat(r.face()).isEqualTo(Face.HTTP));
  }
}
