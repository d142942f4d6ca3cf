package dev.sivi4j.transport.vertx.internal;

import dev.sivi4j.ProxySettings;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import dev.sivi4j.spi.Header;
import dev.sivi4j.spi.Scheduler;
import dev.sivi4j.spi.SiviAsyncTransport;
import dev.sivi4j.spi.TransportRequest;
import dev.sivi4j.spi.TransportResponse;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.ProxyOptions;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * The async transport on the Vert.x Web Client: one {@code POST} per attempt, redirects off, the
 * attempt's timeout enforced over the whole attempt by {@link AttemptDeadlines} (so a body dribbled a
 * byte at a time cannot outlast it), and the body capped while it streams in. It never blocks, never
 * retries, and closes the Web Client only if it created it.
 *
 * <p>With {@link SiviConfig#proxy()} set, each request goes through that proxy ({@code CONNECT} for
 * https); a proxy's {@code 407}, or its refusal of the tunnel, fails the attempt with {@link
 * TransportErrorKind#PROXY_REFUSED}, naming the proxy.
 *
 * <p>The request is issued from the calling thread's Vert.x context when there is one, so its
 * completion, and the pipeline steps that follow, run on that context.
 *
 * <p>When the deadline passes (noticed within one tick of {@link AttemptDeadlines}), the caller
 * cancels or the body passes the cap, the returned stage fails and the HTTP request is reset, which
 * closes its connection (HTTP/1.1) or its stream; {@link ClientRequestHook}, an interceptor on the
 * Web Client, hands each request to its {@link Attempt} for that. {@link #inFlight()} counts a
 * request until Vert.x has finished with it, a moment after the reset. A request still waiting for a connection has nothing to reset yet: it is reset when it gets
 * one, and the connect timeout bounds the wait. Vert.x's own request timeout is an idle timeout, reset
 * by every byte received, so it cannot enforce the attempt's total time; it is set only on a Web Client
 * that takes no interceptor, as the one way to free the connection there. The body's {@code
 * Content-Length} is not checked up front because the Web Client does not show headers to a body
 * codec; the streaming cap bounds memory at the cap plus one chunk either way.
 */
public final class VertxTransport implements SiviAsyncTransport {
  private final Vertx vertx;
  private final WebClient client;
  private final boolean ownsClient;
  /** Whether aborted requests are reset; false only on a Web Client that takes no interceptor. */
  private final boolean resettable;
  private final long connectBudgetMillis;
  private final int maxConnections;
  private final Scheduler scheduler;
  private final AttemptDeadlines deadlines;
  private final RequestTarget.Cache targets = new RequestTarget.Cache();
  /** sivi4j's proxy, set on each request; null to connect directly (or through the Web Client's own proxy). */
  private final @Nullable ProxySettings proxy;
  private final @Nullable ProxyOptions proxyOptions;
  // Counted from every event loop; a LongAdder keeps them from contending on one cache line.
  private final LongAdder inFlight = new LongAdder();
  private volatile boolean closed;

  private VertxTransport(Vertx vertx, WebClient client, boolean ownsClient, SiviConfig config) {
    Timeouts timeouts = config.timeouts();
    this.vertx = Objects.requireNonNull(vertx, "vertx");
    this.client = Objects.requireNonNull(client, "webClient");
    this.ownsClient = ownsClient;
    this.resettable = ClientRequestHook.installOn(client);
    this.connectBudgetMillis = VertxScheduler.timerMillis(timeouts.poolAcquire().plus(timeouts.connect()));
    this.maxConnections = config.maxConnections();
    this.scheduler = new VertxScheduler(vertx);
    this.deadlines = new AttemptDeadlines(vertx);
    this.proxy = config.proxy().orElse(null);
    this.proxyOptions = proxy == null ? null : WebClientFactory.proxyOptions(proxy, timeouts);
  }

  /**
   * A transport on a Web Client it creates from the configuration and closes with itself.
   *
   * @param vertx the user's Vert.x, left open
   * @param config the configuration
   * @return the transport
   */
  public static VertxTransport owningClient(Vertx vertx, SiviConfig config) {
    WebClient client = WebClientFactory.create(vertx, config);
    return new VertxTransport(vertx, client, true, config);
  }

  /**
   * A transport on the user's Web Client, which it never closes. Its TLS and pool settings apply, and
   * its proxy settings unless {@link SiviConfig#proxy()} names one, which each request then uses; redirects and timeouts are set on each request, and {@link ClientRequestHook} is added to
   * it (once, however many transports share it).
   *
   * @param vertx the user's Vert.x
   * @param client the user's Web Client
   * @param config the configuration
   * @return the transport
   */
  public static VertxTransport sharingClient(Vertx vertx, WebClient client, SiviConfig config) {
    return new VertxTransport(vertx, client, false, config);
  }

  @Override
  public CompletableFuture<TransportResponse> send(TransportRequest request) {
    if (closed) {
      return CompletableFuture.failedFuture(
          new TransportException(TransportErrorKind.CLIENT_CLOSED, "the client is closed", null));
    }
    long timeoutMillis = VertxScheduler.timerMillis(request.timeout());
    Attempt attempt = new Attempt(request.maxResponseBytes(), timeoutMillis, callerContext());
    RequestTarget target = targets.of(request.uri());
    HttpRequest<byte[]> http =
        client.request(HttpMethod.POST, target.port(), target.host(), target.path()).as(new CappedBody(attempt));
    if (mayWaitForConnection()) {
      // Bounds the wait for a pooled connection and the connect; Vert.x arms a timer for it whenever the
      // request has to wait, so it is set only when it may.
      http.connectTimeout(Math.min(timeoutMillis, connectBudgetMillis));
    }
    // The Web Client sivi4j created has redirects off and plain connections by default; the user's may not.
    if (!ownsClient) {
      http.ssl(target.ssl()).followRedirects(false);
    } else if (target.ssl()) {
      http.ssl(true);
    }
    if (!resettable) {
      http.idleTimeout(timeoutMillis);
    }
    if (proxyOptions != null) {
      http.proxy(proxyOptions);
    }
    for (Header header : request.headers()) {
      http.putHeader(header.name(), header.value());
    }
    inFlight.increment();
    try {
      deadlines.watch(attempt);
      http.sendBuffer(Buffer.buffer(request.body())).onComplete(outcome -> finish(outcome, attempt));
    } catch (RuntimeException e) {
      inFlight.decrement();
      attempt.completeExceptionally(IoFailures.classify(e));
    }
    return attempt;
  }

  /**
   * Whether a request may have to wait for a pooled connection. On the Web Client sivi4j created, which
   * only sivi4j uses, a request finds a free connection, or room for a new one, while fewer requests than
   * the pool holds are in flight (a request leaves the count when its answer is in, just before its
   * connection goes back to the pool). On a user's Web Client other requests share the pool, so it always may.
   */
  private boolean mayWaitForConnection() {
    return !ownsClient || inFlight.sum() >= maxConnections;
  }

  private void finish(AsyncResult<HttpResponse<byte[]>> outcome, Attempt attempt) {
    inFlight.decrement();
    if (outcome.succeeded()) {
      HttpResponse<byte[]> response = outcome.result();
      if (response.statusCode() == IoFailures.PROXY_AUTHENTICATION_REQUIRED) {
        // The service never asks for proxy credentials: a 407 is a proxy's, and Sivi never saw the request.
        attempt.completeExceptionally(IoFailures.proxyRefused(proxy, response.statusCode(), null));
        return;
      }
      byte[] body = response.body();
      attempt.complete(
          new TransportResponse(
              response.statusCode(), new ResponseHeaders(response.headers()), body == null ? new byte[0] : body));
      return;
    }
    TransportException aborted = attempt.aborted();
    attempt.completeExceptionally(aborted != null ? aborted : IoFailures.classify(outcome.cause(), proxy));
  }

  /** The caller's context if it is one of this transport's Vert.x, where its deadline is delivered. */
  private @Nullable Context callerContext() {
    Context current = Vertx.currentContext();
    return current != null && current.owner() == vertx ? current : null;
  }

  @Override
  public Scheduler scheduler() {
    return scheduler;
  }

  /**
   * How many requests Vert.x has not finished yet, aborted ones included until their reset has gone
   * through; zero once everything is released.
   *
   * @return the number of requests in flight
   */
  public int inFlight() {
    return inFlight.intValue();
  }

  /** Refuses new requests and closes the Web Client if this transport created it. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (ownsClient) {
      client.close();
    }
  }
}
