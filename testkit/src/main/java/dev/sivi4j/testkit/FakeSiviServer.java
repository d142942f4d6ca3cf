package dev.sivi4j.testkit;

import dev.sivi4j.RateLimit;
import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.testkit.internal.http.HttpReply;
import dev.sivi4j.testkit.internal.http.HttpRequestData;
import dev.sivi4j.testkit.internal.http.LoopbackHttpServer;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link FakeSivi}'s HTTP face: an HTTP/1.1 server on {@code 127.0.0.1} answering under {@code
 * /api/prod/v2/} and {@code /api/staging/v2/} with the documented envelope {@code {"status": ..,
 * "body": ..}} and an HTTP status equal to the envelope's. Point any client at {@link #baseUri()}, in
 * any language. Faults happen on the socket in real time (a latency really waits; a reset really
 * resets), while the fake's rules still read its {@link FakeClock}. Close it when done.
 *
 * <p>The same port serves a <b>control API</b> under {@code /_fake/}, JSON in and out, so that suites in other
 * languages can do what the Java API does: {@code POST /_fake/usage} (with the account's {@code sivi-api-key}
 * header and {@code {"abstractUserId", "numberOfGeneratedDesignVariations", "numberOfEditedDesigns",
 * "numberOfDownloadedDesigns", "numberOfMedia", "mediaBytes", "numberOfContentSnippets", "credits"}}, absent
 * counts 0) records usage as {@link FakeSivi#recordUsage} does and answers with its status;
 * {@code GET /_fake/clock} and {@code POST /_fake/clock/advance {"seconds": n}}; {@code POST /_fake/faults} (a
 * rule: {@code kind} one of {@code status, html, malformed, empty, truncated, oversized, latency, stall,
 * slowBody, reset, closeAfterRequest, closeAfterResponse, garbage}, with {@code status}, {@code message},
 * {@code bytes}, {@code millis}, {@code chunkBytes} as the kind needs; targets {@code operation} (an endpoint
 * name), {@code user}, {@code account}; {@code times} or {@code always}; {@code probability} with {@code seed};
 * {@code afterHandling}), {@code GET} and {@code DELETE /_fake/faults}; {@code GET /_fake/journal} (keys
 * masked) and {@code DELETE /_fake/journal}; {@code POST /_fake/reset} ({@link FakeSivi#reset()});
 * {@code GET /_fake/accounts} (keys, kinds and pools). It answers only requests with a loopback {@code Host}.
 * A bad request gets {@code 400} with {@code {"error", "field"}} and changes nothing.
 */
public final class FakeSiviServer implements AutoCloseable {
  /** The retry backoff of {@link #config(FakeAccount)}: short, so retries over loopback stay fast. */
  public static final RetryPolicy FAST_RETRIES =
      RetryPolicy.defaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(50));

  private final FakeSivi fake;
  private final LoopbackHttpServer server;

  private FakeSiviServer(FakeSivi fake, LoopbackHttpServer server) {
    this.fake = fake;
    this.server = server;
  }

  /**
   * Starts serving a fake on {@code 127.0.0.1}.
   *
   * @param fake the fake
   * @param port the port, or 0 for a free one
   * @return the running server
   * @throws IOException if the port cannot be bound
   */
  public static FakeSiviServer start(FakeSivi fake, int port) throws IOException {
    Objects.requireNonNull(fake, "fake");
    Dispatcher dispatcher = fake.dispatcher();
    ControlApi control = new ControlApi(fake);
    LoopbackHttpServer server = LoopbackHttpServer.start(port, request -> reply(dispatcher, control, request));
    return new FakeSiviServer(fake, server);
  }

  private static HttpReply reply(Dispatcher dispatcher, ControlApi control, HttpRequestData request) {
    String path = request.pathWithoutQuery();
    if (ControlApi.handles(path)) {
      return control.handle(request);
    }
    Exchange exchange = dispatcher.exchange(Face.HTTP, request.method(), path, request.headers(), request.body());
    HttpReply reply = WireFaults.toReply(exchange);
    if (reply.status() == 405 && reply.fault() == null) {
      Map<String, String> headers = new LinkedHashMap<>(reply.headers());
      headers.put("Allow", "POST");
      return new HttpReply(405, headers, reply.body(), null);
    }
    return reply;
  }

  /**
   * The fake behind this server.
   *
   * @return the fake
   */
  public FakeSivi fake() {
    return fake;
  }

  /**
   * The bound port.
   *
   * @return the port
   */
  public int port() {
    return server.port();
  }

  /**
   * The production-style base URL, to configure a client with.
   *
   * @return {@code http://127.0.0.1:<port>/api/prod/v2}
   */
  public URI baseUri() {
    return URI.create(server.baseUri() + "/api/prod/v2");
  }

  /**
   * The control API's base URL.
   *
   * @return {@code http://127.0.0.1:<port>/_fake}
   */
  public URI controlUri() {
    return URI.create(server.baseUri() + ControlApi.PREFIX);
  }

  /**
   * The staging-style base URL; it reaches the same state as {@link #baseUri()}.
   *
   * @return {@code http://127.0.0.1:<port>/api/staging/v2}
   */
  public URI stagingBaseUri() {
    return URI.create(server.baseUri() + "/api/staging/v2");
  }

  /**
   * A configuration pointed at this server: the account's key, {@link #baseUri()}, no client-side rate
   * limit and {@link #FAST_RETRIES}; everything else as sivi4j's defaults.
   *
   * @param account the account whose key to send
   * @return a builder to adjust before building
   */
  public SiviConfig.Builder configBuilder(FakeAccount account) {
    return SiviConfig.builder()
        .apiKey(account.apiKey())
        .baseUrl(baseUri())
        .rateLimit(RateLimit.off())
        .retryPolicy(FAST_RETRIES);
  }

  /**
   * {@link #configBuilder(FakeAccount)}, built.
   *
   * @param account the account whose key to send
   * @return the configuration, ready for any sivi4j transport
   */
  public SiviConfig config(FakeAccount account) {
    return configBuilder(account).build();
  }

  /**
   * The client connections open now.
   *
   * @return the count
   */
  public int openConnections() {
    return server.openConnections();
  }

  /**
   * The requests that reached the fake through this server.
   *
   * @return the count
   */
  public long requestsServed() {
    return server.requestsServed();
  }

  /** Stops the server, closing every connection. The fake and its state are left as they are. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "FakeSiviServer[" + baseUri() + "]";
  }
}
