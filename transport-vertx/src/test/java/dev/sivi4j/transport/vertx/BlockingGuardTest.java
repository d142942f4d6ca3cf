package dev.sivi4j.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.ApiKey;
import dev.sivi4j.KeyKind;
import dev.sivi4j.RateLimit;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviClients;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.json.gson.GsonSiviCodec;
import dev.sivi4j.spi.BlockingCallGuard;
import dev.sivi4j.spi.SiviTransport;
import dev.sivi4j.spi.TransportRequest;
import dev.sivi4j.spi.TransportResponse;
import dev.sivi4j.transport.vertx.internal.EventLoopGuard;
import dev.sivi4j.transport.vertx.testing.WatchedVertx;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The blocking client refuses to run on an event loop, and only there. */
class BlockingGuardTest {
  private static final AbstractUserId USER = AbstractUserId.of("user-12345");

  private WatchedVertx watched;
  private CannedTransport transport;
  private SiviClient blocking;

  @BeforeEach
  void setUp() throws Exception {
    watched = WatchedVertx.start();
    transport = new CannedTransport();
    SiviConfig config =
        SiviConfig.builder().apiKey(ApiKey.superUser("guard-test")).rateLimit(RateLimit.off()).build();
    blocking = SiviClients.blocking(config, transport, GsonSiviCodec.create());
  }

  @AfterEach
  void tearDown() throws Exception {
    watched.close();
  }

  @Test
  void guardIsRegisteredForTheServiceLoader() {
    assertThat(ServiceLoader.load(BlockingCallGuard.class).stream().map(ServiceLoader.Provider::type))
        .contains(EventLoopGuard.class);
  }

  @Test
  void blockingCallOnAnEventLoopFailsFastWithoutSending() throws Exception {
    CompletableFuture<Throwable> thrown = new CompletableFuture<>();
    watched.vertx().runOnContext(
        ignored -> {
          try {
            blocking.deleteUser(USER);
            thrown.complete(null);
          } catch (RuntimeException e) {
            thrown.complete(e);
          }
        });

    Throwable failure = Await.result(thrown);

    assertThat(failure)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("deleteUser")
        .hasMessageContaining("event-loop")
        .hasMessageContaining("VertxSiviClient");
    assertThat(transport.calls.get()).isZero();
  }

  @Test
  void blockingCallOnAWorkerThreadIsAllowed() throws Exception {
    Await.result(watched.vertx().executeBlocking(() -> {
      blocking.deleteUser(USER);
      return null;
    }));

    assertThat(transport.calls.get()).isEqualTo(1);
  }

  @Test
  void blockingCallOffVertxIsAllowed() {
    blocking.deleteUser(USER);

    assertThat(transport.calls.get()).isEqualTo(1);
  }

  @Test
  void guardNamesTheEventLoopOnlyThere() throws Exception {
    CompletableFuture<Optional<String>> onLoop = new CompletableFuture<>();
    watched.vertx().runOnContext(ignored -> onLoop.complete(new EventLoopGuard().blockingForbiddenReason()));

    assertThat(Await.result(onLoop)).hasValueSatisfying(reason -> assertThat(reason).contains("event-loop"));
    assertThat(new EventLoopGuard().blockingForbiddenReason()).isEmpty();
  }

  /** Answers every request with a delete success, counting them. */
  private static final class CannedTransport implements SiviTransport {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public TransportResponse send(TransportRequest request) {
      calls.incrementAndGet();
      byte[] body = "{\"status\":200,\"body\":{\"message\":\"Successfully deleted the user\"}}".getBytes(StandardCharsets.UTF_8);
      return new TransportResponse(200, Map.of(), body);
    }

    @Override
    public void close() {}
  }
}
