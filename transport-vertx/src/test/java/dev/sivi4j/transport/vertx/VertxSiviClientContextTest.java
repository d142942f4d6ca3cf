package dev.sivi4j.transport.vertx;

import static dev.sivi4j.transport.vertx.StubSivi.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.error.UserNotFoundException;
import io.vertx.core.Context;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where results arrive: on the caller's context when it has one, on a Vert.x thread otherwise. */
class VertxSiviClientContextTest extends LoopbackTestBase {
  private static final AbstractUserId USER = AbstractUserId.of("user-12345");

  /** Where a completion ran, relative to the call that started it. */
  record Landing(
      @Nullable Context callerContext,
      Thread callerThread,
      @Nullable Context context,
      Thread thread,
      boolean workerThread,
      @Nullable Throwable failure) {
    boolean sameContext() {
      return callerContext != null && callerContext == context;
    }
  }

  private VertxSiviClient client;

  @BeforeEach
  void scriptAndConnect() {
    sivi.on("/super/delete-user", envelope(200, "Successfully deleted the user"))
        .on("/super/reactivate-user", envelope(503, "Service Unavailable"), envelope(200, "User reactivated successfully"))
        .on("/super/set-user-credit-limit", envelope(400, "User does not exists"));
    client = client(SUPER);
  }

  /** Makes the call on the current thread and records where it completed. */
  private static CompletableFuture<Landing> land(Supplier<Future<?>> call) {
    CompletableFuture<Landing> landing = new CompletableFuture<>();
    Context callerContext = Vertx.currentContext();
    Thread callerThread = Thread.currentThread();
    call.get()
        .onComplete(
            outcome ->
                landing.complete(
                    new Landing(
                        callerContext,
                        callerThread,
                        Vertx.currentContext(),
                        Thread.currentThread(),
                        Context.isOnWorkerThread(),
                        outcome.cause())));
    return landing;
  }

  private CompletableFuture<Landing> landOnEventLoop(Supplier<Future<?>> call) {
    CompletableFuture<Landing> landing = new CompletableFuture<>();
    vertx.runOnContext(ignored -> land(call).whenComplete((value, error) -> landing.complete(value)));
    return landing;
  }

  @Test
  void callOnAnEventLoopCompletesOnThatContextAndThread() throws Exception {
    Landing landing = Await.result(landOnEventLoop(() -> client.deleteUser(USER)));

    assertThat(landing.failure()).isNull();
    assertThat(landing.sameContext()).isTrue();
    assertThat(landing.thread()).isSameAs(landing.callerThread());
  }

  @Test
  void retryOnAnEventLoopStillCompletesOnThatContext() throws Exception {
    Landing landing = Await.result(landOnEventLoop(() -> client.reactivateUser(USER)));

    assertThat(landing.failure()).isNull();
    assertThat(landing.sameContext()).isTrue();
    assertThat(landing.thread()).isSameAs(landing.callerThread());
    assertThat(sivi.requests()).hasSize(2);
  }

  @Test
  void failureOnAnEventLoopCompletesOnThatContext() throws Exception {
    Landing landing =
        Await.result(landOnEventLoop(() -> client.setCreditLimit(USER, CreditLimit.of(3))));

    assertThat(landing.failure()).isInstanceOf(UserNotFoundException.class);
    assertThat(landing.sameContext()).isTrue();
  }

  @Test
  void callFromAWorkerVerticleCompletesOnItsWorkerContext() throws Exception {
    CompletableFuture<Landing> landing = new CompletableFuture<>();
    Await.result(
        vertx.deployVerticle(
            context -> {
              land(() -> client.deleteUser(USER)).whenComplete((value, error) -> landing.complete(value));
              return Future.succeededFuture();
            },
            new DeploymentOptions().setThreadingModel(ThreadingModel.WORKER)));

    Landing landed = Await.result(landing);

    assertThat(landed.failure()).isNull();
    assertThat(landed.callerContext()).isNotNull();
    assertThat(landed.callerContext().isWorkerContext()).isTrue();
    assertThat(landed.sameContext()).isTrue();
    assertThat(landed.workerThread()).isTrue();
  }

  @Test
  void callFromExecuteBlockingCompletesOnTheCallingContext() throws Exception {
    CompletableFuture<Landing> landing = new CompletableFuture<>();
    vertx.runOnContext(
        ignored ->
            vertx.executeBlocking(
                () -> {
                  land(() -> client.deleteUser(USER)).whenComplete((value, error) -> landing.complete(value));
                  return null;
                }));

    Landing landed = Await.result(landing);

    assertThat(landed.failure()).isNull();
    assertThat(landed.sameContext()).isTrue();
  }

  @Test
  void callOffAnyContextCompletesOnAVertxThreadNotTheCaller() throws Exception {
    Landing landing = Await.result(land(() -> client.deleteUser(USER)));

    assertThat(landing.failure()).isNull();
    assertThat(landing.callerContext()).isNull();
    assertThat(landing.context()).isNotNull();
    assertThat(landing.thread()).isNotSameAs(Thread.currentThread());
    assertThat(landing.thread().getName()).startsWith("vert.x-");
  }

  @Test
  void asyncClientOnAnEventLoopCompletesOnThatContext() throws Exception {
    CompletableFuture<Landing> landing = new CompletableFuture<>();
    vertx.runOnContext(
        ignored -> {
          Context caller = Vertx.currentContext();
          Thread callerThread = Thread.currentThread();
          CompletionStage<Void> stage = client.asAsyncClient().deleteUser(USER);
          stage.whenComplete(
              (value, error) ->
                  landing.complete(new Landing(
                      caller, callerThread, Vertx.currentContext(), Thread.currentThread(), false, error)));
        });

    Landing landed = Await.result(landing);

    assertThat(landed.failure()).isNull();
    assertThat(landed.sameContext()).isTrue();
  }

  @Test
  void exportSignalsArriveOnTheSubscribingContext() throws Exception {
    Flow.Publisher<ExportPage> pages = oneExportWindow();
    CompletableFuture<List<Boolean>> onContext = new CompletableFuture<>();
    vertx.runOnContext(
        ignored -> {
          Context caller = Vertx.currentContext();
          List<Boolean> signals = new CopyOnWriteArrayList<>();
          pages.subscribe(
              new Flow.Subscriber<ExportPage>() {
                private Flow.Subscription subscription;

                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                  signals.add(Vertx.currentContext() == caller);
                  this.subscription = subscription;
                  subscription.request(1);
                }

                @Override
                public void onNext(ExportPage page) {
                  signals.add(Vertx.currentContext() == caller);
                  subscription.request(1);
                }

                @Override
                public void onError(Throwable error) {
                  onContext.completeExceptionally(error);
                }

                @Override
                public void onComplete() {
                  signals.add(Vertx.currentContext() == caller);
                  onContext.complete(List.copyOf(signals));
                }
              });
        });

    List<Boolean> signals = Await.result(onContext);

    assertThat(signals).hasSize(3).containsOnly(true);
  }

  /** An enterprise client's export of one scripted window. */
  private Flow.Publisher<ExportPage> oneExportWindow() {
    sivi.on(
        "/enterprise/export-data",
        StubSivi.json(
            200,
            "{\"status\":200,\"body\":{\"variants\":[],\"media\":[{\"url\":\"https://m\",\"type\":\"photo\"}],"
                + "\"content\":[],\"next\":0}}"));
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    return client(ENTERPRISE).exportData(ExportRequest.of(USER, start, start.plusSeconds(3600)));
  }
}
