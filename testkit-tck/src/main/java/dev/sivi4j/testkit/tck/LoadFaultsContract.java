package dev.sivi4j.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.KeyKind;
import dev.sivi4j.SiviClient;
import dev.sivi4j.Timeouts;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.error.SiviTimeoutException;
import dev.sivi4j.error.SiviTransportException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.testkit.Fault;
import dev.sivi4j.testkit.FaultRule;
import dev.sivi4j.testkit.FakeSiviServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Faults F21 and F22 of the fault catalogue: more concurrent calls than pooled connections, and a
 * caller that gives up. Each test is one cell of the fault matrix.
 */
public abstract class LoadFaultsContract extends TransportContract {
  private static final int POOL = 2;

  /**
   * For subclasses.
   *
   * @param transport the transport under test, fresh for this test
   */
  protected LoadFaultsContract(TransportUnderTest transport) {
    super(transport);
  }

  @Test
  void f21CallsPastThePoolWaitAtMostThePoolAcquireTimeout() throws Exception {
    FakeSiviServer server = fakeServer();
    canaryAccount(server.fake(), KeyKind.SUPER_USER);
    server.fake().faults().inject(FaultRule.of(Fault.latency(Duration.ofMillis(800))).always());
    Timeouts timeouts =
        new Timeouts(Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(3));
    SiviClient sivi = client(config(server.baseUri(), KeyKind.SUPER_USER).timeouts(timeouts).maxConnections(POOL).build());
    ExecutorService callers = Executors.newFixedThreadPool(3 * POOL);
    track(callers::shutdownNow);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Outcome<UserLogin>>> calls = new ArrayList<>();
    for (int i = 0; i < 3 * POOL; i++) {
      calls.add(callers.submit(() -> {
        start.await();
        return call(() -> sivi.loginUser(LoginUserRequest.of(USER)));
      }));
    }

    start.countDown();
    List<Outcome<UserLogin>> outcomes = new ArrayList<>();
    for (Future<Outcome<UserLogin>> call : calls) {
      outcomes.add(call.get(timeouts.wholeCall().toMillis() + 2000, TimeUnit.MILLISECONDS));
    }

    long succeeded = outcomes.stream().filter(Outcome::succeeded).count();
    for (Outcome<UserLogin> outcome : outcomes) {
      assertWithinDeadline(outcome, timeouts);
      if (!outcome.succeeded()) {
        SiviTimeoutException error = failure(outcome, SiviTimeoutException.class, timeouts);
        assertThat(error.kind()).as("kind of %s", describe(error)).isEqualTo(TransportErrorKind.POOL_ACQUIRE_TIMEOUT);
        assertThat(error.attempts()).isEqualTo(1);
      }
    }
    assertThat(succeeded).as("calls that got one of the %d connections", POOL).isBetween((long) POOL, 3L * POOL - 1);
    assertThat(requestsSeen(server)).as("requests: one per successful call").isEqualTo(succeeded);
  }

  @Test
  void f22InterruptedCallerEndsAtOnceWithoutRetrying() throws Exception {
    FakeSiviServer server = fakeServer();
    server.fake().faults().inject(FaultRule.of(Fault.stallBeforeHeaders()).always());
    Timeouts timeouts = RELAXED.withPerAttempt(Duration.ofSeconds(2)).withWholeCall(Duration.ofSeconds(3));
    SiviClient sivi = client(config(server.baseUri(), KeyKind.SUPER_USER).timeouts(timeouts).build());
    AtomicBoolean stillInterrupted = new AtomicBoolean();
    CompletableFuture<Outcome<Void>> ended = new CompletableFuture<>();
    Thread caller = new Thread(() -> {
      Outcome<Void> outcome = run(() -> sivi.deleteUser(USER));
      stillInterrupted.set(Thread.currentThread().isInterrupted());
      ended.complete(outcome);
    }, "sivi4j-contract-interrupted-caller");
    caller.setDaemon(true);
    caller.start();
    LimitsContract.awaitRequests(server, 1);

    long interrupted = System.nanoTime();
    caller.interrupt();
    Outcome<Void> outcome = ended.get(timeouts.wholeCall().toMillis() + 1000, TimeUnit.MILLISECONDS);

    SiviTransportException error = failure(outcome, SiviTransportException.class, timeouts);
    assertThat(error.kind()).as("kind of %s", describe(error)).isIn(TransportErrorKind.INTERRUPTED, TransportErrorKind.CANCELLED);
    assertThat(Duration.ofNanos(System.nanoTime() - interrupted))
        .as("time from the interrupt to the call's end: the attempt must be aborted, not waited out (lag %s)", outcome.lag())
        .isLessThan(DEADLINE_SLACK.plus(outcome.lag()));
    assertThat(stillInterrupted).as("the caller's interrupt flag, kept").isTrue();
    assertThat(requestsSeen(server)).as("requests: the interrupted one, no retry").isEqualTo(1);
  }
}
