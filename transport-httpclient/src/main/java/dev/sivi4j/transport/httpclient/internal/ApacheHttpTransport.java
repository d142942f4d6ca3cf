package dev.sivi4j.transport.httpclient.internal;

import dev.sivi4j.ProxySettings;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.error.TransportException;
import dev.sivi4j.spi.SiviTransport;
import dev.sivi4j.spi.TransportRequest;
import dev.sivi4j.spi.TransportResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolStats;
import org.jspecify.annotations.Nullable;

/**
 * The blocking transport on Apache HttpClient 5 (classic API).
 *
 * <p>Each attempt is one {@code POST} through the response-handler form of {@code execute}, so the
 * connection goes back to the pool, or is discarded, whatever happens. The attempt's timeout is both
 * HttpClient's response timeout (per socket read) and a hard deadline: the transport's one watchdog
 * thread aborts the request when it passes, or at once when the calling thread is interrupted (a
 * classic socket read ignores interrupts). The body is read up to the cap and no further. Failures
 * become {@link TransportException}s of the matching kind, with messages that never contain the API key.
 *
 * <p>A {@code 407 Proxy Authentication Required}, from the configured proxy or one the user's client
 * goes through, fails the attempt with {@link dev.sivi4j.error.TransportErrorKind#PROXY_REFUSED}, as
 * does any 4xx answer of sivi4j's proxy to its {@code CONNECT}; a 5xx answer there (the proxy could not
 * reach Sivi) is {@link dev.sivi4j.error.TransportErrorKind#CONNECT_FAILED}.
 *
 * <p>When sivi4j creates the client it owns it and closes it; a user's client is used as it is (its
 * retry setting included, so build it with {@code disableAutomaticRetries()}) and never closed.
 */
public final class ApacheHttpTransport implements SiviTransport {
  private final CloseableHttpClient client;
  private final @Nullable PoolingHttpClientConnectionManager ownedPool;
  private final RequestConfig requestDefaults;
  private final @Nullable ProxySettings proxy;
  /** Whether requests go through a {@code CONNECT} tunnel of sivi4j's proxy. */
  private final boolean tunnelled;
  private final AttemptWatchdog watchdog = AttemptWatchdog.standard();
  private final AtomicBoolean closed = new AtomicBoolean();

  private ApacheHttpTransport(
      CloseableHttpClient client, @Nullable PoolingHttpClientConnectionManager ownedPool, RequestConfig requestDefaults,
      @Nullable ProxySettings proxy, boolean tunnelled) {
    this.client = client;
    this.ownedPool = ownedPool;
    this.requestDefaults = requestDefaults;
    this.proxy = proxy;
    this.tunnelled = tunnelled;
  }

  /**
   * A transport on a pooled client that sivi4j creates, configures from {@code config} and owns.
   *
   * @param config the configuration
   * @return the transport
   */
  public static ApacheHttpTransport create(SiviConfig config) {
    Objects.requireNonNull(config, "config");
    return create(config, ApacheClients.pool(config));
  }

  /** Like {@link #create(SiviConfig)}, with another TLS strategy: a test's trust store. */
  static ApacheHttpTransport create(SiviConfig config, TlsSocketStrategy tls) {
    return create(config, ApacheClients.pool(config, tls));
  }

  private static ApacheHttpTransport create(SiviConfig config, PoolingHttpClientConnectionManager pool) {
    RequestConfig defaults = ApacheClients.requestDefaults(config);
    ProxySettings proxy = config.proxy().orElse(null);
    boolean tunnelled = proxy != null && "https".equalsIgnoreCase(config.baseUrl().getScheme());
    return new ApacheHttpTransport(ApacheClients.client(pool, defaults, proxy), pool, defaults, proxy, tunnelled);
  }

  /**
   * A transport on the user's client, which it never closes. Every request still carries sivi4j's
   * {@code RequestConfig}, replacing the client's default: pool-acquire and response timeouts from
   * {@code config}, no redirects.
   *
   * @param config the configuration
   * @param userClient the user's client
   * @return the transport
   */
  public static ApacheHttpTransport using(SiviConfig config, CloseableHttpClient userClient) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(userClient, "userClient");
    return new ApacheHttpTransport(userClient, null, ApacheClients.requestDefaults(config), null, false);
  }

  /**
   * The connections sivi4j's own pool uses, for a user's connection manager: they never log the API
   * key and parse responses strictly.
   *
   * @return the shared, stateless factory
   */
  public static HttpConnectionFactory<ManagedHttpClientConnection> quietConnections() {
    return QuietConnectionFactory.INSTANCE;
  }

  @Override
  public TransportResponse send(TransportRequest request) throws TransportException {
    Objects.requireNonNull(request, "request");
    if (closed.get()) {
      throw IoFailures.closed(request);
    }
    if (Thread.currentThread().isInterrupted()) {
      throw IoFailures.interrupted(request);
    }
    HttpPost post = ApacheClients.post(request, requestDefaults);
    AttemptGuard guard = new AttemptGuard(post, System.nanoTime() + request.timeout().toNanos());
    if (!watchdog.register(guard)) {
      throw IoFailures.closed(request);
    }
    TransportResponse response;
    HttpClientContext context = tunnelled ? HttpClientContext.create() : null;
    try {
      response = client.execute(post, context, answer -> ResponseReader.read(answer, request.maxResponseBytes(), guard));
    } catch (IOException | RuntimeException e) {
      // An abort can surface as an unchecked exception too ("Endpoint not acquired / already released").
      throw IoFailures.map(e, request, guard, closed.get());
    } finally {
      guard.disarm();
    }
    // HttpClient hands back the answer to a refused CONNECT as the response: an answer without a TLS
    // session on an https route came from the proxy, and the request never reached Sivi.
    if (context != null && context.getSSLSession() == null) {
      throw IoFailures.tunnelRefused(request, Objects.requireNonNull(proxy), response.statusCode());
    }
    // The service never asks for proxy credentials: a 407 is a proxy's.
    if (response.statusCode() == IoFailures.PROXY_AUTHENTICATION_REQUIRED) {
      throw IoFailures.proxyRefused(request, proxy);
    }
    return response;
  }

  /**
   * The statistics of the pool sivi4j created; empty on a user's client, whose pool it cannot see.
   *
   * @return leased, available and pending connections
   */
  public Optional<PoolStats> poolStats() {
    return ownedPool == null ? Optional.empty() : Optional.of(ownedPool.getTotalStats());
  }

  /**
   * Whether this transport created its client, and so closes it.
   *
   * @return true if sivi4j owns the client
   */
  public boolean ownsClient() {
    return ownedPool != null;
  }

  /**
   * Stops new attempts, aborts those in flight, and closes the client if sivi4j created it; a user's
   * client is left open.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    watchdog.close();
    if (ownedPool != null) {
      client.close(CloseMode.GRACEFUL);
    }
  }
}
