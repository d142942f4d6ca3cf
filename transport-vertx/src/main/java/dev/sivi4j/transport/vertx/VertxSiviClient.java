package dev.sivi4j.transport.vertx;

import dev.sivi4j.CallOptions;
import dev.sivi4j.SiviAsyncClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.spi.SiviCodec;
import dev.sivi4j.transport.vertx.internal.CallerContext;
import dev.sivi4j.transport.vertx.internal.ContextPublisher;
import dev.sivi4j.transport.vertx.internal.VertxTransport;
import dev.sivi4j.transport.vertx.internal.WarmUp;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Supplier;

/**
 * The Sivi client for Vert.x: the operations of {@link dev.sivi4j.SiviClient}, returning Vert.x
 * {@link Future}s. Nothing in it blocks; retries wait on Vert.x timers. Get one from {@link
 * SiviVertx}; share one per API key; thread-safe.
 *
 * <p><b>Threads.</b> A call made on a Vert.x context (an event loop, a worker, a verticle) completes on
 * that same context, so its handlers need no synchronization with the verticle's state. A call made
 * from any other thread completes on a Vert.x event-loop thread, never on the calling thread.
 *
 * <p><b>Errors.</b> A future fails with a {@link dev.sivi4j.error.SiviException}. Invalid arguments
 * throw {@link IllegalArgumentException} or {@link NullPointerException} at once, and enterprise-only
 * operations throw {@link IllegalStateException} at once for another key kind; nothing is sent then.
 */
public final class VertxSiviClient implements AutoCloseable {
  private final Vertx vertx;
  private final SiviAsyncClient client;
  private final VertxTransport transport;
  private final SiviCodec codec;

  VertxSiviClient(Vertx vertx, SiviAsyncClient client, VertxTransport transport, SiviCodec codec) {
    this.vertx = vertx;
    this.client = client;
    this.transport = transport;
    this.codec = codec;
  }

  /**
   * Loads, off the event loop, what the first call would otherwise load on it. On a cold JVM the first
   * call of a new client loads a few thousand classes (Vert.x's HTTP client, Netty's HTTP codec, sivi4j's
   * pipeline and JSON codec) on the event loop it runs on, long enough to trip Vert.x's blocked-thread
   * warning; this does that work on a Vert.x worker thread instead, and sends nothing. Call it once,
   * after creating the client and before its first call, for example while a verticle starts:
   *
   * <pre>{@code
   * VertxSiviClient sivi = SiviVertx.create(vertx, config);
   * sivi.warmUp().onComplete(ready -> startServing());
   * }</pre>
   *
   * <p>It rehearses: one call of each of loginUser, setCreditLimit and accountAnalysis through a
   * throwaway client on a throwaway {@code Vertx} with one event loop, against a responder on a loopback
   * port of its own, so nothing reaches the service and your call listeners and rate limiter see
   * nothing. It takes about a second on a cold JVM, all of it off your event loops. Calls made before it
   * completes work as usual, only without the benefit. Once it has succeeded in a JVM, calling it again
   * (on any client) is cheap. It never fails: if the rehearsal cannot run, the first call does that
   * work itself, as it would without a warm-up.
   *
   * @return completes on the caller's Vert.x context (or an event loop) once the warm-up is done
   */
  public Future<Void> warmUp() {
    return WarmUp.run(CallerContext.of(vertx), codec);
  }

  /**
   * Creates the user and their workspace on first call, logs them in after that; see {@link
   * dev.sivi4j.SiviClient#loginUser}.
   *
   * @param request the user, and optionally a brand and a plan
   * @return the user, their workspace id and fresh session tokens
   */
  public Future<UserLogin> loginUser(LoginUserRequest request) {
    return onCallerContext(() -> client.loginUser(request));
  }

  /**
   * Caps the user's credits in the current billing cycle; see {@link
   * dev.sivi4j.SiviClient#setCreditLimit}.
   *
   * @param userId the user
   * @param limit a positive limit, or {@link CreditLimit#unlimited()}
   * @return completes when the limit is set
   */
  public Future<Void> setCreditLimit(AbstractUserId userId, CreditLimit limit) {
    return onCallerContext(() -> client.setCreditLimit(userId, limit));
  }

  /**
   * Deletes the user and their workspace (kept 15 days); see {@link dev.sivi4j.SiviClient#deleteUser}.
   *
   * @param userId the user
   * @return completes when the user is deleted
   */
  public Future<Void> deleteUser(AbstractUserId userId) {
    return onCallerContext(() -> client.deleteUser(userId));
  }

  /**
   * Undoes a deletion inside the retention window; see {@link dev.sivi4j.SiviClient#reactivateUser}.
   *
   * @param userId the user
   * @return completes when the user is reactivated
   */
  public Future<Void> reactivateUser(AbstractUserId userId) {
    return onCallerContext(() -> client.reactivateUser(userId));
  }

  /**
   * Reads the user's usage and credits; enterprise admin keys only. See {@link
   * dev.sivi4j.SiviClient#accountAnalysis}.
   *
   * @param userId the user
   * @return the analysis
   * @throws IllegalStateException at once, if the key is not an enterprise admin key
   */
  public Future<AccountAnalysis> accountAnalysis(AbstractUserId userId) {
    return onCallerContext(() -> client.accountAnalysis(userId));
  }

  /**
   * Exports what the user created in a range, as a {@link Flow.Publisher} of pages; enterprise admin
   * keys only. Each subscriber walks the range afresh, one window request at a time and only as it
   * signals demand, and receives every signal ({@code onSubscribe} included) on the Vert.x context it
   * subscribed from, or on an event loop if it subscribed from elsewhere. A failure arrives as {@code
   * onError} with a {@link dev.sivi4j.error.SiviException}.
   *
   * @param request the user and range
   * @return the pages, in time order
   * @throws IllegalStateException at once, if the key is not an enterprise admin key
   */
  public Flow.Publisher<ExportPage> exportData(ExportRequest request) {
    return new ContextPublisher<>(vertx, client.exportData(request));
  }

  /**
   * A view of this client that runs every call with these overrides, for example a longer deadline
   * for one export or no retries for a call you retry yourself. It shares this client's connections,
   * retry budget and rate limit; closing the view does nothing, close this client instead.
   *
   * @param options the overrides
   * @return a view of this client
   */
  public VertxSiviClient withOptions(CallOptions options) {
    return new VertxSiviClient(vertx, client.withOptions(options), transport, codec);
  }

  /**
   * This client as the transport-neutral {@link SiviAsyncClient}, for code written against the core
   * port. It is the same client, not a copy: it shares the connections, and closing either closes
   * both. Its stages complete on the Vert.x thread that received the response.
   *
   * @return the client as {@code CompletionStage}s
   */
  public SiviAsyncClient asAsyncClient() {
    return client;
  }

  /**
   * Closes the Web Client sivi4j created, if it created one. Your {@link Vertx}, and a Web Client you
   * passed to {@link SiviVertx.Builder#webClient}, stay open. Calls made afterwards fail.
   */
  @Override
  public void close() {
    client.close();
  }

  /** Requests Vert.x has not finished yet; zero once every connection is released. */
  int inFlight() {
    return transport.inFlight();
  }

  private <T> Future<T> onCallerContext(Supplier<CompletionStage<T>> call) {
    Context context = CallerContext.of(vertx);
    return CallerContext.complete(context, call.get());
  }
}
