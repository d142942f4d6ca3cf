package dev.sivi4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.sivi4j.error.UserNotFoundException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InProcessFaultTest {
  private static final AbstractUserId USER = AbstractUserId.of("user-1");
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private final FakeSivi fake = FakeSivi.builder().clock(FakeClock.fixedAt(START)).build();
  private final FakeAccount account = fake.createAccount(FakeKeyKind.SUPER_USER);
  private final SiviClient client = fake.blockingClient(account, b -> b.retryPolicy(RetryPolicy.none()));

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
    return ((SiviTransportException) error).kind();
  }

  @Test
  void statusWithTheDocumentedEnvelope() {
    assertThat(loginFails(Fault.status(500))).isInstanceOf(ServerErrorException.class).hasMessageContaining("Server internal error");
    assertThat(loginFails(Fault.status(422, "Bad brand"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("Bad brand");
  }

  @Test
  void htmlErrorPage() {
    Throwable error = loginFails(Fault.htmlError(502));
    assertThat(error).isInstanceOf(ServerErrorException.class);
    assertThat(((ServerErrorException) error).httpStatus()).hasValue(502);
    assertThat(((ServerErrorException) error).bodyExcerpt()).contains("502 Bad Gateway");
  }

  @Test
  void malformedAndEmptyBodies() {
    assertThat(loginFails(Fault.malformedBody())).isInstanceOf(SiviResponseException.class);
    assertThat(loginFails(Fault.emptyBody())).isInstanceOf(SiviResponseException.class);
  }

  @Test
  void socketFaultsBecomeTheTransportKindsARealTransportRaises() {
    assertThat(kind(loginFails(Fault.reset()))).isEqualTo(TransportErrorKind.CONNECTION_RESET);
    assertThat(kind(loginFails(Fault.closeAfterRequest()))).isEqualTo(TransportErrorKind.CONNECTION_CLOSED);
    assertThat(kind(loginFails(Fault.garbageThenClose()))).isEqualTo(TransportErrorKind.PROTOCOL_ERROR);
    assertThat(kind(loginFails(Fault.truncatedBody()))).isEqualTo(TransportErrorKind.CONNECTION_CLOSED);
  }

  @Test
  void stallTimesOutAfterTheAttemptTimeoutOnTheFakeClock() {
    SiviClient slow = fake.blockingClient(account, b -> b.retryPolicy(RetryPolicy.none())
        .timeouts(Timeouts.defaults().withPerAttempt(Duration.ofSeconds(7))));
    fake.faults().inject(FaultRule.of(Fault.stallBeforeHeaders()));
    long before = System.nanoTime();

    assertThatThrownBy(() -> slow.loginUser(LoginUserRequest.of(USER)))
        .isInstanceOf(SiviTimeoutException.class)
        .satisfies(e -> assertThat(kind(e)).isEqualTo(TransportErrorKind.RESPONSE_TIMEOUT));
    assertThat(fake.clock().instant()).isEqualTo(START.plusSeconds(7));
    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void latencyPassesOnTheFakeClockAndTimesOutPastTheAttemptTimeout() {
    fake.faults().inject(FaultRule.of(Fault.latency(Duration.ofSeconds(3))));
    client.loginUser(LoginUserRequest.of(USER));
    assertThat(fake.clock().instant()).isEqualTo(START.plusSeconds(3));

    assertThat(kind(loginFails(Fault.latency(Duration.ofSeconds(25))))).isEqualTo(TransportErrorKind.RESPONSE_TIMEOUT);
    assertThat(fake.clock().instant()).isEqualTo(START.plusSeconds(23));
  }

  @Test
  void slowBodyTakesOneWaitPerChunk() {
    fake.faults().inject(FaultRule.of(Fault.slowBody(Duration.ofMillis(100), 10)));
    client.loginUser(LoginUserRequest.of(USER));

    // A login answer is about 150 bytes: some 15 chunks of 10 bytes, 100 ms apart.
    assertThat(Duration.between(START, fake.clock().instant())).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(3));
    assertThat(kind(loginFails(Fault.slowBody(Duration.ofSeconds(1), 1)))).isEqualTo(TransportErrorKind.RESPONSE_TIMEOUT);
  }

  @Test
  void oversizedBodyOverTheCapIsTooLargeAndUnderItIsRead() {
    Throwable error = loginFails(Fault.oversizedBody(2L << 20));
    assertThat(error).isInstanceOf(SiviResponseException.class);
    assertThat(((SiviResponseException) error).reason()).isEqualTo(SiviResponseException.Reason.BODY_TOO_LARGE);

    fake.faults().inject(FaultRule.of(Fault.oversizedBody(500_000)));
    assertThat(client.loginUser(LoginUserRequest.of(USER)).user().id()).isEqualTo(USER);
  }

  @Test
  void closeAfterResponseDeliversTheAnswerInProcess() {
    fake.faults().inject(FaultRule.of(Fault.closeAfterResponse()));

    assertThat(client.loginUser(LoginUserRequest.of(USER)).user().id()).isEqualTo(USER);
  }

  @Test
  void answerReplacingFaultsLeaveTheStateAloneUnlessAfterHandling() {
    fake.faults().inject(FaultRule.of(Fault.reset()));
    assertThatThrownBy(() -> client.loginUser(LoginUserRequest.of(USER))).isInstanceOf(SiviTransportException.class);
    assertThat(fake.user(account, USER)).isEmpty();

    fake.faults().inject(FaultRule.of(Fault.reset()).afterHandling());
    assertThatThrownBy(() -> client.loginUser(LoginUserRequest.of(USER))).isInstanceOf(SiviTransportException.class);
    assertThat(fake.user(account, USER)).isPresent();
  }

  @Test
  void deleteWhoseAnswerWasLostIsReportedAsDoneOnRetry() {
    SiviClient retrying = fake.blockingClient(account);
    retrying.loginUser(LoginUserRequest.of(USER));
    fake.faults().inject(FaultRule.of(Fault.reset()).operation(Operation.DELETE_USER).afterHandling());

    retrying.deleteUser(USER);

    assertThat(fake.user(account, USER)).get().extracting(UserSnapshot::deleted).isEqualTo(true);
    assertThat(fake.journal().requests()).extracting(RecordedRequest::status).containsExactly(200, 0, 400);
  }

  @Test
  void faultsTargetOperationUserAndAccount() {
    FakeAccount other = fake.createAccount(FakeKeyKind.SUPER_USER);
    AbstractUserId someoneElse = AbstractUserId.of("user-2");
    fake.faults().inject(FaultRule.of(Fault.status(503)).operation(Operation.DELETE_USER).user(USER).account(account).always());

    client.loginUser(LoginUserRequest.of(USER));
    client.loginUser(LoginUserRequest.of(someoneElse));
    client.deleteUser(someoneElse);
    try (SiviClient otherClient = fake.blockingClient(other)) {
      otherClient.loginUser(LoginUserRequest.of(USER));
      otherClient.deleteUser(USER);
    }
    assertThatThrownBy(() -> client.deleteUser(USER)).isInstanceOf(ServerErrorException.class);
    assertThatThrownBy(() -> client.deleteUser(USER)).isInstanceOf(ServerErrorException.class);
  }

  @Test
  void onceTimesAndAlwaysCountTheirUses() {
    InjectedFault twice = fake.faults().inject(FaultRule.of(Fault.status(500)).times(2));
    SiviClient retrying = fake.blockingClient(account);

    retrying.loginUser(LoginUserRequest.of(USER));

    assertThat(twice.timesApplied()).isEqualTo(2);
    assertThat(twice.isSpent()).isTrue();
    assertThat(fake.journal().requests()).extracting(RecordedRequest::status).containsExactly(500, 500, 200);
    assertThat(fake.faults().unused()).isEmpty();

    InjectedFault always = fake.faults().inject(FaultRule.of(Fault.status(400)).always());
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> client.deleteUser(USER)).isInstanceOf(UserNotFoundException.class);
    }
    assertThat(always.timesApplied()).isEqualTo(5);
    always.remove();
    client.deleteUser(USER);
  }

  @Test
  void seededProbabilityRepeatsFromRunToRun() {
    assertThat(pattern(42)).isEqualTo(pattern(42)).isNotEqualTo(pattern(7));
    String hits = pattern(42);
    assertThat(hits.chars().filter(c -> c == 'x').count()).isBetween(15L, 45L);
  }

  private static String pattern(long seed) {
    FakeSivi fresh = FakeSivi.builder().rateLimiting(false).build();
    FakeAccount acct = fresh.createAccount(FakeKeyKind.SUPER_USER);
    fresh.faults().inject(FaultRule.of(Fault.status(500)).always().withProbability(0.3, seed));
    SiviClient once = fresh.blockingClient(acct, b -> b.retryPolicy(RetryPolicy.none()));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      try {
        once.loginUser(LoginUserRequest.of(USER));
        out.append('.');
      } catch (ServerErrorException e) {
        out.append('x');
      }
    }
    return out.toString();
  }

  @Test
  void unusedCountedRulesAreReported() {
    InjectedFault pending = fake.faults().inject(FaultRule.of(Fault.reset()).operation(Operation.EXPORT_DATA).times(3));

    client.loginUser(LoginUserRequest.of(USER));

    assertThat(fake.faults().unused()).containsExactly(pending);
    fake.faults().clear();
    assertThat(fake.faults().injected()).isEmpty();
  }
}
