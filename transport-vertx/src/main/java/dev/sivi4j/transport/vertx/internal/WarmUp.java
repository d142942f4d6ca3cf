package dev.sivi4j.transport.vertx.internal;

import dev.sivi4j.ApiKey;
import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviAsyncClient;
import dev.sivi4j.SiviClients;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.error.CodecException;
import dev.sivi4j.spi.SiviCodec;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Does, on a Vert.x worker thread, what the first call of a new client would otherwise do on an event
 * loop on a cold JVM: load and initialise the classes of Vert.x's HTTP client, Netty's HTTP codec and
 * sivi4j's pipeline and JSON codec, and link every lambda on the way. It does so by rehearsing: one call
 * of each of loginUser, setCreditLimit and accountAnalysis through a throwaway client, on a throwaway
 * {@code Vertx} with one event loop, against a {@link LoopbackResponder} (plus one pass of the
 * application's codec over each shape). Loading a recorded list of the first call's classes instead
 * left holds of 78-188 ms, the lambdas' first linkage among them; the rehearsal leaves about 10 ms
 * (BENCHMARKS.md, "Cold start").
 */
public final class WarmUp {
  static final byte[] LOGIN =
      bytes("{\"status\":200,\"body\":{\"accessToken\":\"a\",\"refreshToken\":\"r\",\"workspaceId\":\"w\"}}");
  static final byte[] MESSAGE = bytes("{\"status\":200,\"body\":{\"message\":\"ok\"}}");
  static final byte[] ANALYSIS =
      bytes("{\"status\":200,\"body\":{"
          + "\"yearlyAnalysis\":{\"numberOfGeneratedDesignVariations\":1,\"numberOfEditedDesigns\":1,"
          + "\"numberOfDownloadedDesigns\":1,\"numberOfMedia\":1,\"mediaSize\":\"1Mb\"},"
          + "\"monthlyAnalysis\":[],\"creditBalance\":{\"availableCredits\":1,\"usedCredits\":0},"
          + "\"lastAccessed\":1}}");
  private static final byte[] FAILURE = bytes("{\"status\":400,\"body\":{\"message\":\"no\"}}");

  /** Whether a rehearsal succeeded in this class loader: what it warms is shared by every client. */
  private static final AtomicBoolean REHEARSED = new AtomicBoolean();

  private WarmUp() {}

  /**
   * Runs the warm-up on a worker thread of the context's Vert.x.
   *
   * @param context where the returned future completes
   * @param codec the client's codec
   * @return completes, never fails, once everything is loaded
   */
  public static Future<Void> run(Context context, SiviCodec codec) {
    Objects.requireNonNull(codec, "codec");
    Future<@Nullable Void> codecPass =
        context.executeBlocking(
            () -> {
              exercise(codec);
              return null;
            },
            false);
    if (REHEARSED.get()) {
      return codecPass;
    }
    // The futures chained on the caller's context's own future complete on that context.
    return codecPass
        .compose(ignored -> rehearse(context, codec))
        .transform(outcome -> {
          if (outcome.succeeded()) {
            REHEARSED.set(true);
          }
          return Future.succeededFuture();
        });
  }

  /**
   * One call of each of loginUser, setCreditLimit and accountAnalysis through a throwaway client on the
   * one pipeline, on a throwaway {@code Vertx} with one event loop (created on a worker thread), against
   * a {@link LoopbackResponder}: this runs, on threads that are not the application's, the code no
   * class list can warm, such as the first linkage of every lambda on the path and Netty's first
   * connection. Nothing reaches the service, and the application's listeners and rate limiter see
   * nothing. Everything it made is closed when it ends.
   *
   * @param context where the returned future completes
   * @param codec the client's codec
   * @return succeeds when all three calls succeeded, fails otherwise
   */
  static Future<Void> rehearse(Context context, SiviCodec codec) {
    return context
        .executeBlocking(() -> Rehearsal.start(codec), false)
        .compose(rehearsal -> rehearsal.calls().transform(calls -> closed(context, rehearsal, calls)));
  }

  /** Closes the rehearsal's parts on a worker, then ends as its calls ended. */
  private static Future<Void> closed(Context context, Rehearsal rehearsal, AsyncResult<Void> calls) {
    return context
        .executeBlocking(rehearsal::close, false)
        .compose(scratchClosing -> scratchClosing)
        .transform(ignored -> calls.succeeded() ? Future.succeededFuture() : Future.failedFuture(calls.cause()));
  }

  /** The throwaway responder, {@code Vertx} and client of one rehearsal. */
  private static final class Rehearsal {
    private final LoopbackResponder responder;
    private final Vertx scratch;
    private final SiviAsyncClient client;

    private Rehearsal(LoopbackResponder responder, Vertx scratch, SiviAsyncClient client) {
      this.responder = responder;
      this.scratch = scratch;
      this.client = client;
    }

    /** Starts the responder and the throwaway {@code Vertx} and client; it blocks, so a worker runs it. */
    static Rehearsal start(SiviCodec codec) throws IOException {
      LoopbackResponder responder = LoopbackResponder.start();
      Vertx scratch;
      try {
        scratch =
            Vertx.vertx(
                new VertxOptions()
                    .setEventLoopPoolSize(1)
                    .setWorkerPoolSize(1)
                    .setInternalBlockingPoolSize(1)
                    // Its only event loop is meant to be held while the code loads; nobody else runs on it.
                    .setBlockedThreadCheckInterval(1)
                    .setBlockedThreadCheckIntervalUnit(TimeUnit.HOURS));
      } catch (RuntimeException e) {
        responder.close();
        throw e;
      }
      SiviConfig config =
          SiviConfig.builder()
              .apiKey(ApiKey.enterpriseAdmin("sivi4j-warm-up"))
              .baseUrl(responder.baseUrl())
              .retryPolicy(RetryPolicy.none())
              .maxConnections(1)
              .build();
      return new Rehearsal(responder, scratch, SiviClients.async(config, VertxTransport.owningClient(scratch, config), codec));
    }

    /** The three calls, started on the throwaway event loop so that none of their work runs on the caller's. */
    Future<Void> calls() {
      AbstractUserId user = AbstractUserId.of("warm-up");
      Promise<Void> done = Promise.promise();
      scratch.runOnContext(
          ignored ->
              Future.fromCompletionStage(
                      client
                          .loginUser(LoginUserRequest.of(user))
                          .thenCompose(login -> client.setCreditLimit(user, CreditLimit.of(1)))
                          .thenCompose(set -> client.accountAnalysis(user)))
                  .<Void>mapEmpty()
                  .onComplete(done));
      return done.future();
    }

    /** Closes the client and the responder, and starts closing the throwaway {@code Vertx}; a worker runs it. */
    Future<Void> close() {
      client.close();
      try {
        responder.close();
      } catch (IOException ignored) {
        // Only a loopback socket of our own: nothing is left to release.
      }
      return scratch.close();
    }
  }

  /** One pass of the codec over each shape a call writes or reads; a codec that disagrees is left as it is. */
  private static void exercise(SiviCodec codec) {
    AbstractUserId user = AbstractUserId.of("warm-up");
    try {
      codec.encodeLoginUser(LoginUserRequest.of(user));
      codec.encodeSetCreditLimit(user, CreditLimit.of(1));
      codec.encodeUserId(user);
      codec.decodeLogin(LOGIN, 200);
      codec.decodeMessage(MESSAGE, 200);
      codec.decodeAccountAnalysis(ANALYSIS, 200);
      codec.decodeMessage(FAILURE, 400);
    } catch (CodecException | RuntimeException aCodecOfItsOwn) {
      // A user's codec may read these samples differently; the warm-up is best effort there.
    }
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
