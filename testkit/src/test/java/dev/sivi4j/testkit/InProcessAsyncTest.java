package dev.sivi4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.SiviAsyncClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.error.SiviTransportException;
import dev.sivi4j.error.TransportErrorKind;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class InProcessAsyncTest {
  private static final AbstractUserId USER = AbstractUserId.of("user-1");
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private final FakeSivi fake = FakeSivi.builder().clock(FakeClock.fixedAt(START)).build();
  private final FakeAccount account = fake.createAccount(FakeKeyKind.SUPER_USER);
  private final SiviAsyncClient async = fake.asyncClient(account);

  @Test
  void answersThroughTheAsyncFace() {
    CompletableFuture<UserLogin> login = async.loginUser(LoginUserRequest.of(USER)).toCompletableFuture();

    assertThat(login.join().user().id()).isEqualTo(USER);
    assertThat(fake.journal().requests().get(0).face()).isEqualTo(Face.IN_PROCESS_ASYNC);
  }

  @Test
  void latencyAndRetryWaitsPassOnTheFakeClockWithoutSleeping() {
    fake.faults().inject(FaultRule.of(Fault.status(503)).times(2));
    fake.faults().inject(FaultRule.of(Fault.latency(Duration.ofSeconds(10))));
    long before = System.nanoTime();

    async.loginUser(LoginUserRequest.of(USER)).toCompletableFuture().join();

    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
    assertThat(fake.clock().instant()).isAfterOrEqualTo(START.plusSeconds(10));
    assertThat(fake.journal().requests()).extracting(RecordedRequest::status).containsExactly(503, 503, 200);
  }

  @Test
  void socketFaultsFailTheStageWithTheTransportKind() {
    SiviAsyncClient once = fake.asyncClient(account, b -> b.retryPolicy(dev.sivi4j.RetryPolicy.none()));
    fake.faults().inject(FaultRule.of(Fault.garbageThenClose()));

    assertThatThrownBy(() -> once.loginUser(LoginUserRequest.of(USER)).toCompletableFuture().join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(SiviTransportException.class)
        .satisfies(e -> assertThat(((SiviTransportException) e).kind()).isEqualTo(TransportErrorKind.PROTOCOL_ERROR));
  }
}
