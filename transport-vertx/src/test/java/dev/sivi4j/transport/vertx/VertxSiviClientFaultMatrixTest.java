package dev.sivi4j.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.KeyKind;
import dev.sivi4j.RateLimit;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.testkit.AccountSpec;
import dev.sivi4j.testkit.Fault;
import dev.sivi4j.testkit.FaultRule;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import dev.sivi4j.testkit.tck.BlockingView;
import dev.sivi4j.testkit.tck.Canary;
import dev.sivi4j.testkit.tck.LoadFaultsContract;
import dev.sivi4j.testkit.tck.NetworkFaultsContract;
import dev.sivi4j.testkit.tck.ResponseFaultsContract;
import dev.sivi4j.testkit.tck.TlsAndRoutingFaultsContract;
import dev.sivi4j.transport.httpclient.SiviHttpClient;
import dev.sivi4j.transport.vertx.testing.WatchedVertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The fault matrix on {@link VertxSiviClient}: F1 to F22 through the contracts, F23 and the async
 * cancellation of F22 here. It runs on a Vert.x whose event loops may not be held more than 100 ms,
 * with canary keys, while every log line is scanned (sivi4j's, Vert.x's and Netty's at TRACE through
 * SLF4J, anything else through JUL); afterwards the keys must appear in no log line, no exception and
 * no {@code toString}, and the blocked-thread checker must not have warned once.
 */
class VertxSiviClientFaultMatrixTest {
  private static final AbstractUserId USER = AbstractUserId.of("user-12345");

  private static WatchedVertx watched;
  private static AutoCloseable julCapture;

  @BeforeAll
  static void startVertxAndCaptureLogs() throws Exception {
    WarmUp.once();
    julCapture = Canary.captureJulLogs();
    watched = WatchedVertx.start();
  }

  @AfterAll
  static void noBlockedThreadWarningsAndCanaryKeysAppearNowhere() throws Exception {
    try {
      watched.close();
    } finally {
      julCapture.close();
    }
    try {
      PublicTypes.scanToStrings();
    } finally {
      assertThat(Canary.leaks()).as("places a canary key appeared").isEmpty();
    }
    assertThat(Canary.logLines("dev.sivi4j")).as("sivi4j log lines scanned").isPositive();
    assertThat(Canary.logLines("io.netty") + Canary.logLines("io.vertx")).as("Vert.x and Netty log lines scanned").isPositive();
  }

  @Nested
  class Network extends NetworkFaultsContract {
    Network() {
      super(new VertxClientsUnderTest(watched.vertx()));
    }
  }

  @Nested
  class Responses extends ResponseFaultsContract {
    Responses() {
      super(new VertxClientsUnderTest(watched.vertx()));
    }
  }

  @Nested
  class TlsAndRouting extends TlsAndRoutingFaultsContract {
    TlsAndRouting() {
      super(new VertxClientsUnderTest(watched.vertx()));
    }
  }

  @Nested
  class Load extends LoadFaultsContract {
    Load() {
      super(new VertxClientsUnderTest(watched.vertx()));
    }
  }

  /** The cells only an event-loop client has. */
  @Nested
  class VertxOnly {
    private final VertxClientsUnderTest clients = new VertxClientsUnderTest(watched.vertx());
    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void release() throws Exception {
      try {
        clients.assertNoConnectionLeaks();
      } finally {
        for (AutoCloseable resource : resources) {
          resource.close();
        }
      }
    }

    private FakeSiviServer server(FaultRule... rules) {
      FakeSivi fake = FakeSivi.create();
      fake.rateLimiting(false);
      fake.createAccount(AccountSpec.of(FakeKeyKind.SUPER_USER).withSecret(Canary.SUPER_USER_SECRET));
      for (FaultRule rule : rules) {
        fake.faults().inject(rule);
      }
      FakeSiviServer server = fake.startServer();
      resources.add(server);
      return server;
    }

    private SiviConfig.Builder config(FakeSiviServer server) {
      return SiviConfig.builder().apiKey(Canary.key(KeyKind.SUPER_USER)).baseUrl(server.baseUri()).rateLimit(RateLimit.off());
    }

    @Test
    void f23BlockingCallsOnAnEventLoopAreRefusedWithoutSendingOrStalling() throws Exception {
      FakeSiviServer server = server();
      SiviClient blocking = SiviHttpClient.create(config(server).build());
      resources.add(blocking);
      SiviClient view = BlockingView.of(clients.vertxClient(config(server).build()).asAsyncClient());
      CompletableFuture<List<Throwable>> thrown = new CompletableFuture<>();

      watched.vertx().runOnContext(ignored -> {
        List<Throwable> errors = new ArrayList<>();
        for (SiviClient client : List.of(blocking, view)) {
          try {
            client.deleteUser(USER);
            errors.add(new AssertionError("the call ran on the event loop"));
          } catch (RuntimeException e) {
            errors.add(e);
          }
        }
        thrown.complete(errors);
      });

      List<Throwable> errors = thrown.get(5, TimeUnit.SECONDS);
      errors.forEach(error -> Canary.scan("F23 refusal", error));
      assertThat(errors).hasSize(2).allSatisfy(error -> assertThat(error)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("deleteUser")
          .hasMessageContaining("event-loop"));
      assertThat(server.fake().journal().requestCount()).isZero();
      assertThat(watched.warnings()).as("blocked-thread warnings").isEmpty();
    }

    @Test
    void f22CancellingTheAsyncCallAbortsTheRequestAtOnce() throws Exception {
      FakeSiviServer server = server(FaultRule.of(Fault.stallBeforeHeaders()).always());
      Timeouts timeouts = Timeouts.defaults().withPerAttempt(Duration.ofSeconds(5)).withWholeCall(Duration.ofSeconds(8));
      VertxSiviClient client = clients.vertxClient(config(server).timeouts(timeouts).build());
      CompletableFuture<Void> call = client.asAsyncClient().deleteUser(USER).toCompletableFuture();
      AtomicInteger callbacks = new AtomicInteger();
      call.whenComplete((value, error) -> callbacks.incrementAndGet());
      await(() -> server.fake().journal().requestCount() == 1, Duration.ofSeconds(5));

      long cancelled = System.nanoTime();
      assertThat(call.cancel(true)).isTrue();
      await(() -> client.inFlight() == 0 && server.openConnections() == 0, Duration.ofSeconds(7));

      assertThat(Duration.ofNanos(System.nanoTime() - cancelled))
          .as("time from cancel until the request was reset and its connection closed")
          .isLessThan(Duration.ofMillis(500));
      assertThat(callbacks.get()).as("completions seen: the cancellation only").isEqualTo(1);
      assertThat(server.fake().journal().requestCount()).isEqualTo(1);
    }

    private void await(BooleanSupplier condition, Duration limit) throws InterruptedException {
      long deadline = System.nanoTime() + limit.toNanos();
      while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
    }
  }
}
