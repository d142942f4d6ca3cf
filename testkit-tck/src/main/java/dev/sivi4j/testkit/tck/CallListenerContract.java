package dev.sivi4j.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sivi4j.KeyKind;
import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.error.CreditLimitExceededException;
import dev.sivi4j.spi.AttemptEnded;
import dev.sivi4j.spi.AttemptHeaders;
import dev.sivi4j.spi.AttemptStarted;
import dev.sivi4j.spi.CallEnded;
import dev.sivi4j.spi.CallListener;
import dev.sivi4j.spi.CallObserver;
import dev.sivi4j.spi.CallOutcome;
import dev.sivi4j.spi.CallStarted;
import dev.sivi4j.spi.RateLimitWait;
import dev.sivi4j.spi.RetryScheduled;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeSiviServer;
import dev.sivi4j.testkit.Fault;
import dev.sivi4j.testkit.FaultRule;
import dev.sivi4j.testkit.RecordedRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The call listener port over a transport: the events of real calls against the fake, the headers an
 * observer adds on every attempt, a listener that throws changing nothing, and no event ever holding the
 * key or a token.
 */
public abstract class CallListenerContract extends TransportContract {
  private static final String LISTENER_LOGGER = "dev.sivi4j.internal.pipeline.Listeners";

  /**
   * For subclasses.
   *
   * @param transport the transport under test, fresh for this test
   */
  protected CallListenerContract(TransportUnderTest transport) {
    super(transport);
  }

  @Test
  void tellsEveryAttemptOfARetriedCallInOrder() {
    FakeSiviServer server = fakeServer();
    canaryAccount(server.fake(), KeyKind.SUPER_USER);
    server.fake().faults().inject(FaultRule.of(Fault.status(503)).operation(Operation.LOGIN_USER).once());
    Recorder recorder = new Recorder();
    SiviClient sivi = client(config(server.baseUri(), KeyKind.SUPER_USER).addCallListener(recorder).build());

    sivi.loginUser(LoginUserRequest.of(USER));

    assertThat(recorder.events.stream().map(e -> e.getClass().getSimpleName()))
        .containsExactly(
            "CallStarted", "AttemptStarted", "AttemptEnded", "RetryScheduled", "AttemptStarted", "AttemptEnded",
            "CallEnded");
    assertThat(recorder.of(AttemptEnded.class)).extracting(AttemptEnded::httpStatus).containsExactly(503, 200);
    assertThat(recorder.of(AttemptEnded.class)).allSatisfy(a -> assertThat(a.responseBytes()).isPositive());
    CallEnded end = recorder.of(CallEnded.class).get(0);
    assertThat(end.outcome()).isEqualTo(CallOutcome.SUCCESS);
    assertThat(end.attempts()).isEqualTo(2);
    assertThat(end.operation()).isEqualTo(Operation.LOGIN_USER);
  }

  @Test
  void sendsTheHeadersAnObserverAddsOnEachAttempt() {
    FakeSiviServer server = fakeServer();
    FakeAccount account = canaryAccount(server.fake(), KeyKind.SUPER_USER);
    server.fake().faults().inject(FaultRule.of(Fault.status(502)).operation(Operation.LOGIN_USER).once());
    SiviClient sivi = client(config(server.baseUri(), KeyKind.SUPER_USER).addCallListener(new Recorder()).build());

    sivi.loginUser(LoginUserRequest.of(USER));

    List<RecordedRequest> seen = server.fake().journal().requests();
    assertThat(seen).extracting(r -> r.header("traceparent").orElse("(none)"))
        .containsExactly("00-attempt-1", "00-attempt-2");
    assertThat(seen).allSatisfy(r -> assertThat(r.accountId()).contains(account.id()));
  }

  @Test
  void aListenerThatThrowsChangesNoOutcomeAndIsLoggedOnce() {
    FakeSiviServer server = fakeServer();
    canaryAccount(server.fake(), KeyKind.SUPER_USER);
    server.fake().faults().inject(FaultRule.of(Fault.status(503)).operation(Operation.LOGIN_USER).once());
    server.fake().faults().inject(
        FaultRule.of(Fault.status(429, "Insufficient credit limit")).operation(Operation.SET_CREDIT_LIMIT).once());
    Recorder recorder = new Recorder();
    Thrower thrower = new Thrower();
    long logged = Canary.logLines(LISTENER_LOGGER);
    SiviClient sivi =
        client(config(server.baseUri(), KeyKind.SUPER_USER).callListeners(List.of(thrower, recorder)).build());

    UserLogin login = sivi.loginUser(LoginUserRequest.of(USER));
    CreditLimitExceededException refused =
        catchThrowableOfType(CreditLimitExceededException.class, () -> sivi.setCreditLimit(USER, CreditLimit.of(5)));
    sivi.setCreditLimit(USER, CreditLimit.of(5));

    assertThat(login.user().id()).isEqualTo(USER);
    assertThat(refused).isNotNull();
    assertThat(server.fake().journal().requests()).hasSize(4);
    assertThat(recorder.of(CallEnded.class))
        .extracting(CallEnded::outcome)
        .containsExactly(CallOutcome.SUCCESS, CallOutcome.API_ERROR, CallOutcome.SUCCESS);
    assertThat(thrower.thrown.get()).isGreaterThanOrEqualTo(10);
    if (LoggerFactory.getILoggerFactory().getClass().getName().startsWith(CanarySlf4jProvider.class.getName())) {
      assertThat(Canary.logLines(LISTENER_LOGGER) - logged).as("log lines of the failing listener").isEqualTo(1);
    }
  }

  @Test
  void noEventHoldsTheKeyOrAToken() {
    FakeSiviServer server = fakeServer();
    canaryAccount(server.fake(), KeyKind.SUPER_USER);
    server.fake().faults().inject(FaultRule.of(Fault.status(401, "bad key " + Canary.SUPER_USER_SECRET)).operation(Operation.DELETE_USER).once());
    Recorder recorder = new Recorder();
    SiviClient sivi = client(config(server.baseUri(), KeyKind.SUPER_USER).addCallListener(recorder).build());

    UserLogin login = sivi.loginUser(LoginUserRequest.of(USER));
    Canary.watch(login.tokens().accessToken());
    Canary.watch(login.tokens().refreshToken());
    call(() -> {
      sivi.deleteUser(USER);
      return null;
    });

    assertThat(recorder.events).hasSizeGreaterThanOrEqualTo(8);
    for (Object event : recorder.events) {
      Canary.scanToString(event);
    }
    assertThat(Canary.leaks()).isEmpty();
  }

  /** Keeps every event and adds a header naming the attempt. */
  private static final class Recorder implements CallListener {
    final List<Object> events = new CopyOnWriteArrayList<>();

    @Override
    public CallObserver callStarted(CallStarted event) {
      events.add(event);
      return new CallObserver() {
        @Override
        public void attemptStarted(AttemptStarted event, AttemptHeaders headers) {
          events.add(event);
          headers.put("traceparent", "00-attempt-" + event.attempt());
        }

        @Override
        public void attemptEnded(AttemptEnded event) {
          events.add(event);
        }

        @Override
        public void retryScheduled(RetryScheduled event) {
          events.add(event);
        }

        @Override
        public void rateLimitWait(RateLimitWait event) {
          events.add(event);
        }

        @Override
        public void callEnded(CallEnded event) {
          events.add(event);
        }
      };
    }

    <E> List<E> of(Class<E> type) {
      return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
  }

  /** Throws from every event. */
  private static final class Thrower implements CallListener {
    final AtomicInteger thrown = new AtomicInteger();

    @Override
    public CallObserver callStarted(CallStarted event) {
      // One call in two finds this listener failing at the start; the others get an observer that throws.
      if (thrown.incrementAndGet() % 2 == 0) {
        throw new IllegalStateException("listener broken at the start");
      }
      return new CallObserver() {
        @Override
        public void attemptStarted(AttemptStarted event, AttemptHeaders headers) {
          thrown.incrementAndGet();
          throw new IllegalStateException("listener broken");
        }

        @Override
        public void attemptEnded(AttemptEnded event) {
          thrown.incrementAndGet();
          throw new IllegalStateException("listener broken");
        }

        @Override
        public void retryScheduled(RetryScheduled event) {
          thrown.incrementAndGet();
          throw new IllegalStateException("listener broken");
        }

        @Override
        public void callEnded(CallEnded event) {
          thrown.incrementAndGet();
          throw new IllegalStateException("listener broken");
        }
      };
    }
  }
}
