package dev.sivi4j.examples.transport;

import dev.sivi4j.SiviConfig;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import dev.sivi4j.spi.Header;
import dev.sivi4j.spi.SiviTransport;
import dev.sivi4j.spi.TransportRequest;
import dev.sivi4j.spi.TransportResponse;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/**
 * A sivi4j transport on the JDK's {@code java.net.http.HttpClient}, written on sivi4j's public API only.
 * It does what {@link SiviTransport} asks: sends each request as it is (HTTP/1.1, no redirects followed,
 * no retries, no proxy), gives up once the attempt's timeout has passed (the body included), stops
 * reading at the body cap, and maps every failure to a {@link TransportErrorKind}.
 *
 * <p>The JDK client has no pool limit of its own, so at most {@link SiviConfig#maxConnections()} requests
 * are in flight at once; a call past that waits at most the pool-acquire timeout. It has no proxy support
 * here: a configuration with a proxy is refused. Closing the transport ends the calls in flight and
 * refuses new ones; the JDK client itself (Java 17 has no {@code close} for it) lets its idle connections
 * go when it is no longer reachable.
 *
 * <p>Thread-safe.
 */
public final class JdkHttpTransport implements SiviTransport {
  private final HttpClient http;
  private final Semaphore slots;
  private final Duration poolAcquire;
  private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  private JdkHttpTransport(HttpClient http, SiviConfig config) {
    this.http = http;
    this.slots = new Semaphore(config.maxConnections(), true);
    this.poolAcquire = config.timeouts().poolAcquire();
  }

  /**
   * A transport for {@code config}: its connect timeout, pool size and pool-acquire timeout, and the
   * JVM's default trust.
   *
   * @param config the configuration; it must name no proxy
   * @return the transport
   * @throws IllegalArgumentException if the configuration names a proxy
   */
  public static JdkHttpTransport create(SiviConfig config) {
    return new JdkHttpTransport(builder(config).build(), config);
  }

  /**
   * A transport for {@code config} whose TLS trusts what {@code tls} trusts (host names still verified).
   *
   * @param config the configuration; it must name no proxy
   * @param tls the TLS context, for example one that trusts your own certificate authority
   * @return the transport
   * @throws IllegalArgumentException if the configuration names a proxy
   */
  public static JdkHttpTransport create(SiviConfig config, SSLContext tls) {
    Objects.requireNonNull(tls, "tls");
    return new JdkHttpTransport(builder(config).sslContext(tls).build(), config);
  }

  private static HttpClient.Builder builder(SiviConfig config) {
    if (config.proxy().isPresent()) {
      throw new IllegalArgumentException("JdkHttpTransport connects directly; it has no proxy support");
    }
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(config.timeouts().connect())
        .followRedirects(HttpClient.Redirect.NEVER)
        .proxy(HttpClient.Builder.NO_PROXY);
  }

  @Override
  public TransportResponse send(TransportRequest request) throws TransportException {
    if (closed) {
      throw failure(TransportErrorKind.CLIENT_CLOSED, request, "the transport is closed", null);
    }
    long start = System.nanoTime();
    acquireSlot(request);
    try {
      Duration left = request.timeout().minusNanos(System.nanoTime() - start);
      return exchange(request, left.isNegative() ? Duration.ZERO : left);
    } finally {
      slots.release();
    }
  }

  private void acquireSlot(TransportRequest request) throws TransportException {
    Duration wait = poolAcquire.compareTo(request.timeout()) < 0 ? poolAcquire : request.timeout();
    try {
      if (!slots.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
        throw failure(TransportErrorKind.POOL_ACQUIRE_TIMEOUT, request, "no connection free within " + wait, null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(TransportErrorKind.INTERRUPTED, request, "interrupted while waiting for a connection", e);
    }
  }

  private TransportResponse exchange(TransportRequest request, Duration timeout) throws TransportException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(request.uri()).POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
    for (Header header : request.headers()) {
      builder.header(header.name(), header.value());
    }
    CappedBody body = new CappedBody(request.maxResponseBytes());
    CompletableFuture<HttpResponse<byte[]>> call = http.sendAsync(builder.build(), info -> body);
    inFlight.add(call);
    call.whenComplete((response, error) -> inFlight.remove(call));
    if (closed) {
      call.cancel(true);
    }
    try {
      HttpResponse<byte[]> response = call.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      Map<String, String> headers = new HashMap<>();
      response.headers().map().forEach((name, values) -> {
        if (!values.isEmpty()) {
          headers.putIfAbsent(name.toLowerCase(Locale.ROOT), values.get(0));
        }
      });
      return new TransportResponse(response.statusCode(), headers, response.body());
    } catch (TimeoutException e) {
      call.cancel(true);
      throw failure(TransportErrorKind.RESPONSE_TIMEOUT, request, "no complete answer within " + timeout, null);
    } catch (InterruptedException e) {
      call.cancel(true);
      Thread.currentThread().interrupt();
      throw failure(TransportErrorKind.INTERRUPTED, request, "interrupted", e);
    } catch (CancellationException e) {
      throw failure(TransportErrorKind.CLIENT_CLOSED, request, "the transport was closed", null);
    } catch (ExecutionException e) {
      if (body.tooLarge()) {
        throw failure(TransportErrorKind.RESPONSE_TOO_LARGE, request,
            "the answer is larger than " + request.maxResponseBytes() + " bytes", null);
      }
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw failure(kind(cause), request, cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
    }
  }

  /**
   * The kind of an I/O failure of the JDK client, found along its chain of causes: the JDK wraps the
   * socket's own exception (a reset, say) in one of its own ("header parser received no bytes").
   */
  private static TransportErrorKind kind(Throwable error) {
    if (anyCause(error, t -> t instanceof UnresolvedAddressException || t instanceof UnknownHostException)) {
      return TransportErrorKind.UNKNOWN_HOST;
    }
    if (anyCause(error, t -> t instanceof HttpConnectTimeoutException)) {
      return TransportErrorKind.CONNECT_TIMEOUT;
    }
    if (anyCause(error, t -> t instanceof HttpTimeoutException)) {
      return TransportErrorKind.RESPONSE_TIMEOUT;
    }
    if (anyCause(error, t -> t instanceof ConnectException)) {
      return TransportErrorKind.CONNECT_FAILED;
    }
    if (anyCause(error, t -> t instanceof SSLException)) {
      return TransportErrorKind.TLS_FAILED;
    }
    if (anyCause(error, t -> message(t).contains("reset"))) {
      return TransportErrorKind.CONNECTION_RESET;
    }
    if (anyCause(error, t -> t instanceof ProtocolException || message(t).contains("status line")
        || message(t).contains("invalid"))) {
      return TransportErrorKind.PROTOCOL_ERROR;
    }
    if (anyCause(error, t -> t instanceof EOFException || message(t).contains("eof") || message(t).contains("closed")
        || message(t).contains("no bytes"))) {
      return TransportErrorKind.CONNECTION_CLOSED;
    }
    return TransportErrorKind.IO_ERROR;
  }

  private static boolean anyCause(Throwable error, Predicate<Throwable> test) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (test.test(t)) {
        return true;
      }
    }
    return false;
  }

  private static String message(Throwable error) {
    return String.valueOf(error.getMessage()).toLowerCase(Locale.ROOT);
  }

  private static TransportException failure(
      TransportErrorKind kind, TransportRequest request, String what, @Nullable Throwable cause) {
    return new TransportException(kind, "POST " + request.uri() + ": " + what, cause);
  }

  /**
   * The requests this transport has handed to the JDK client and not yet seen end: zero once every call
   * has finished, for a test's leak check.
   *
   * @return the number of requests in flight
   */
  public int requestsInFlight() {
    return inFlight.size();
  }

  /** Ends the calls in flight (they fail as {@link TransportErrorKind#CLIENT_CLOSED}) and refuses new ones. */
  @Override
  public void close() {
    closed = true;
    for (CompletableFuture<?> call : List.copyOf(inFlight)) {
      call.cancel(true);
    }
  }

  @Override
  public String toString() {
    return "JdkHttpTransport[" + (closed ? "closed" : "open") + ", " + inFlight.size() + " in flight]";
  }

  /** Collects a body, and gives up as soon as it passes the cap, before reading the rest. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long cap;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private volatile boolean tooLarge;
    private Flow.@Nullable Subscription subscription;

    CappedBody(long cap) {
      this.cap = cap;
    }

    boolean tooLarge() {
      return tooLarge;
    }

    @Override
    public void onSubscribe(Flow.Subscription value) {
      subscription = value;
      value.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (tooLarge) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        if (out.size() + (long) buffer.remaining() > cap) {
          tooLarge = true;
          Objects.requireNonNull(subscription).cancel();
          result.completeExceptionally(new IOException("body over the cap of " + cap + " bytes"));
          return;
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        out.writeBytes(bytes);
      }
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }
  }
}
