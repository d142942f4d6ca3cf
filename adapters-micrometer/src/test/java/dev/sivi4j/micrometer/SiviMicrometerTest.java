package dev.sivi4j.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.RateLimit;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.error.CreditLimitExceededException;
import dev.sivi4j.error.SiviTimeoutException;
import dev.sivi4j.testkit.AccountSpec;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import dev.sivi4j.testkit.Fault;
import dev.sivi4j.testkit.FaultRule;
import dev.sivi4j.testkit.tck.Canary;
import dev.sivi4j.transport.vertx.SiviVertx;
import dev.sivi4j.transport.vertx.VertxSiviClient;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Observations and meters of real calls on both transports against the fake. */
class SiviMicrometerTest {
  private static final AbstractUserId USER = AbstractUserId.of("user-micrometer-1");

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final ObservationRegistry observations = ObservationRegistry.create();
  private final List<Observation.Context> started = new CopyOnWriteArrayList<>();
  private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
  private FakeSivi fake;
  private FakeAccount account;
  private FakeSiviServer server;

  @BeforeEach
  void start() {
    observations
        .observationConfig()
        .observationHandler(
            new ObservationHandler<>() {
              @Override
              public void onStart(Observation.Context context) {
                started.add(context);
              }

              @Override
              public void onStop(Observation.Context context) {
                stopped.add(context);
              }

              @Override
              public boolean supportsContext(Observation.Context context) {
                return true;
              }
            });
    fake = FakeSivi.create();
    account = fake.createAccount(AccountSpec.of(FakeKeyKind.SUPER_USER).withSecret(Canary.SUPER_USER_SECRET));
    server = fake.startServer();
  }

  @AfterEach
  void stop() {
    server.close();
    for (Meter meter : meters.getMeters()) {
      Canary.scan("meter", meter.getId().toString());
    }
    for (Observation.Context context : stopped) {
      Canary.scan("observation", context.toString());
    }
    assertThat(Canary.leaks()).isEmpty();
  }

  @AfterAll
  static void closeVertx() throws Exception {
    Transport.vertx().close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private SiviConfig.Builder config() {
    return server.configBuilder(account).addCallListener(SiviMicrometer.listener(observations, meters));
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aSuccessfulCallIsOneObservationAndOneTimedCallAndAttempt(Transport transport) throws Exception {
    Object outcome = transport.login(config().build(), USER);

    assertThat(outcome).isInstanceOf(UserLogin.class);
    Canary.watch(((UserLogin) outcome).tokens().accessToken());
    assertThat(stopped).hasSize(1);
    Observation.Context context = stopped.get(0);
    assertThat(context.getName()).isEqualTo(SiviMicrometer.OBSERVATION);
    assertThat(context.getContextualName()).isEqualTo("sivi loginUser");
    assertThat(context.getLowCardinalityKeyValue("operation").getValue()).isEqualTo("loginUser");
    assertThat(context.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("success");
    assertThat(context.getLowCardinalityKeyValue("status").getValue()).isEqualTo("2xx");
    assertThat(callTimer("loginUser", "success", "2xx", "none").count()).isEqualTo(1);
    assertThat(meters.get(SiviMicrometer.ATTEMPTS).tags("operation", "loginUser", "outcome", "success", "status", "2xx", "error", "none").timer().count())
        .isEqualTo(1);
    assertThat(meters.get(SiviMicrometer.IN_FLIGHT).gauge().value()).isZero();
    assertThat(meters.find(SiviMicrometer.RETRIES).counters()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aRetried503CountsARetryAndTwoAttempts(Transport transport) throws Exception {
    fake.faults().inject(FaultRule.of(Fault.status(503)).once());

    assertThat(transport.login(config().build(), USER)).isInstanceOf(UserLogin.class);

    assertThat(meters.get(SiviMicrometer.RETRIES).tags("operation", "loginUser", "reason", "503").counter().count()).isEqualTo(1);
    assertThat(meters.get(SiviMicrometer.ATTEMPTS).tags("outcome", "api_error", "status", "5xx").timer().count()).isEqualTo(1);
    assertThat(meters.get(SiviMicrometer.ATTEMPTS).tags("outcome", "success", "status", "2xx").timer().count()).isEqualTo(1);
    assertThat(callTimer("loginUser", "success", "2xx", "none").count()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anUnretried429CreditsIsAnApiErrorWithItsException(Transport transport) throws Exception {
    fake.faults().inject(FaultRule.of(Fault.status(429, "Insufficient credit limit")).once());

    assertThat(transport.login(config().build(), USER)).isInstanceOf(CreditLimitExceededException.class);

    assertThat(callTimer("loginUser", "api_error", "4xx", "CreditLimitExceededException").count()).isEqualTo(1);
    assertThat(meters.find(SiviMicrometer.RETRIES).counters()).isEmpty();
    assertThat(stopped.get(0).getLowCardinalityKeyValue("exception").getValue()).isEqualTo("CreditLimitExceededException");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aTimeoutIsTaggedAsOneWithNoStatus(Transport transport) throws Exception {
    fake.faults().inject(FaultRule.of(Fault.stallBeforeHeaders()).always());
    SiviConfig config =
        config()
            .timeouts(Timeouts.defaults().withPerAttempt(Duration.ofMillis(200)))
            .retryPolicy(FakeSiviServer.FAST_RETRIES.withMaxAttempts(1))
            .build();

    assertThat(transport.login(config, USER)).isInstanceOf(SiviTimeoutException.class);

    assertThat(callTimer("loginUser", "timeout", "none", "SiviTimeoutException").count()).isEqualTo(1);
    assertThat(meters.get(SiviMicrometer.ATTEMPTS).tags("outcome", "timeout", "error", "response_timeout").timer().count())
        .isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void rateLimitWaitsAreCounted(Transport transport) throws Exception {
    fake.rateLimiting(false);
    SiviConfig config = config().rateLimit(RateLimit.perMinute(60)).build();
    // A fresh bucket holds a minute's worth; drain it through one client so the next call queues.
    int calls = 61;
    if (transport == Transport.HTTPCLIENT) {
      try (var client = dev.sivi4j.transport.httpclient.SiviHttpClient.create(config)) {
        for (int i = 0; i < calls; i++) {
          client.loginUser(LoginUserRequest.of(USER));
        }
      }
    } else {
      try (VertxSiviClient client = SiviVertx.create(Transport.vertx(), config)) {
        for (int i = 0; i < calls; i++) {
          client.asAsyncClient().loginUser(LoginUserRequest.of(USER)).toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
      }
    }

    assertThat(meters.get(SiviMicrometer.RATE_LIMIT_WAITS).tags("operation", "loginUser").counter().count()).isGreaterThanOrEqualTo(1);
    assertThat(callTimer("loginUser", "success", "2xx", "none").count()).isEqualTo(calls);
  }

  @Test
  void aCancelledVertxCallIsTimedAsCancelledAndLeavesNothingInFlight() throws Exception {
    fake.faults().inject(FaultRule.of(Fault.stallBeforeHeaders()).always());
    try (VertxSiviClient client = SiviVertx.create(Transport.vertx(), config().build())) {
      CompletableFuture<UserLogin> call = client.asAsyncClient().loginUser(LoginUserRequest.of(USER)).toCompletableFuture();
      assertThat(fake.journal().takeRequest(Duration.ofSeconds(5))).isPresent();
      assertThat(meters.get(SiviMicrometer.IN_FLIGHT).gauge().value()).isEqualTo(1);

      assertThat(call.cancel(true)).isTrue();
    }

    assertThat(meters.get(SiviMicrometer.IN_FLIGHT).gauge().value()).isZero();
    assertThat(meters.get(SiviMicrometer.CALLS).tags("outcome", "cancelled").timer().count()).isEqualTo(1);
    assertThat(stopped).hasSize(1);
  }

  @Test
  void everyTagHasOnlyLowCardinalityValues() throws Exception {
    fake.faults().inject(FaultRule.of(Fault.status(503)).once());
    for (int i = 0; i < 5; i++) {
      Transport.HTTPCLIENT.login(config().build(), AbstractUserId.of("user-many-" + i));
    }

    for (Meter meter : meters.getMeters()) {
      for (Tag tag : meter.getId().getTags()) {
        assertThat(tag.getValue()).doesNotContain("user-").doesNotContain("127.0.0.1").doesNotContain("/");
      }
    }
    assertThat(meters.get(SiviMicrometer.CALLS).timers()).hasSize(1);
  }

  @Test
  void theMetersOnlyListenerRecordsMetersAndMakesNoObservation() throws Exception {
    SiviConfig config = server.configBuilder(account).addCallListener(SiviMicrometer.listener(meters)).build();

    assertThat(Transport.HTTPCLIENT.login(config, USER)).isInstanceOf(UserLogin.class);

    assertThat(callTimer("loginUser", "success", "2xx", "none").count()).isEqualTo(1);
    assertThat(started).isEmpty();
  }

  private Timer callTimer(String operation, String outcome, String status, String exception) {
    return meters.get(SiviMicrometer.CALLS)
        .tags("operation", operation, "outcome", outcome, "status", status, "exception", exception)
        .timer();
  }
}
