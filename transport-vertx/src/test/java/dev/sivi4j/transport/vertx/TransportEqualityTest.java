package dev.sivi4j.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.KeyKind;
import dev.sivi4j.RateLimit;
import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.error.RateLimitedException;
import dev.sivi4j.error.ServerErrorException;
import dev.sivi4j.error.SiviApiException;
import dev.sivi4j.error.SiviException;
import dev.sivi4j.error.SiviResponseException;
import dev.sivi4j.error.SiviTransportException;
import dev.sivi4j.testkit.tck.BlockingView;
import dev.sivi4j.testkit.tck.Canary;
import dev.sivi4j.testkit.internal.http.HttpReply;
import dev.sivi4j.testkit.internal.http.LoopbackHttpServer;
import dev.sivi4j.testkit.internal.http.WireFault;
import dev.sivi4j.transport.httpclient.SiviHttpClient;
import dev.sivi4j.transport.vertx.testing.WatchedVertx;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link VertxSiviClient} and {@code SiviHttpClient} give equal results and equal exceptions for the
 * same scenario: the same value, or the same exception type, statuses, attempts, message, error kind
 * and retry hint, and the same number of requests on the wire. For a failure below HTTP the message
 * ends with the transport's own description of the I/O error, so only the part sivi4j writes (the
 * operation and the attempts) is compared.
 */
class TransportEqualityTest {
  private static final AbstractUserId USER = AbstractUserId.of("user-12345");
  /** Room for a cold start on a loaded machine; the scenario about time shortens the attempt itself. */
  private static final Timeouts TIMEOUTS =
      new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(6));

  private static WatchedVertx watched;

  /** What a scenario ended in, as far as a caller can tell. */
  record Observed(
      String value, String type, String kind, int http, int envelope, int attempts, String message,
      String retryAfter, long requests) {}

  /** Replies in order (the last repeats), a call, and a configuration change. */
  record Scenario(String name, List<HttpReply> replies, Function<SiviClient, Object> call, Function<SiviConfig.Builder, SiviConfig.Builder> tune) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void startVertx() throws Exception {
    WarmUp.once();
    watched = WatchedVertx.start();
  }

  @AfterAll
  static void stopVertxWithoutStalls() throws Exception {
    watched.close();
  }

  /**
   * The scenarios. Garbage instead of HTTP is left out: HttpClient reads it as a closed connection and
   * retries, Vert.x as a protocol error (the fault matrix's F9 records it as a known issue of the
   * HttpClient transport).
   */
  static Stream<Scenario> scenarios() {
    Function<SiviClient, Object> delete = c -> {
      c.deleteUser(USER);
      return "done";
    };
    Function<SiviClient, Object> login = c -> c.loginUser(LoginUserRequest.of(USER));
    Function<SiviConfig.Builder, SiviConfig.Builder> same = b -> b;
    return Stream.of(
        new Scenario("login", List.of(envelope(200, 200, "{\"accessToken\":\"at\",\"refreshToken\":\"rt\",\"workspaceId\":\"ws\"}")), login, same),
        new Scenario("account analysis", List.of(envelope(200, 200, ANALYSIS)), c -> c.accountAnalysis(USER), same),
        new Scenario("export", List.of(envelope(200, 200, "{\"variants\":[{\"variantId\":\"v1\",\"variantImageUrl\":\"i\","
            + "\"variantEditLink\":\"e\"}],\"media\":[],\"content\":[],\"next\":0}")),
            c -> c.exportData(ExportRequest.of(USER, Instant.EPOCH, Instant.EPOCH.plusSeconds(86_400))).collect(Collectors.toList()), same),
        new Scenario("delete", List.of(envelope(200, 200, "{\"message\":\"Successfully deleted the user\"}")), delete, same),
        new Scenario("400 user does not exists", List.of(error(400, "User does not exists")), delete, same),
        new Scenario("404 user not found", List.of(error(404, "User not found")), delete, same),
        new Scenario("401", List.of(error(401, "Failed to authenticate request")), delete, same),
        new Scenario("403", List.of(error(403, "Forbidden")), delete, same),
        new Scenario("422", List.of(error(422, "Invalid input")), delete, same),
        new Scenario("429 credits", List.of(error(429, "Insufficient credit limit")), delete, same),
        new Scenario("429 rate limit, Retry-After", List.of(withHeader(error(429, "Rate limit exceeded"), "Retry-After", "60")), delete, same),
        new Scenario("429 rate limit then success", List.of(error(429, "Rate limit exceeded"), envelope(200, 200, "{}")), delete, same),
        new Scenario("500", List.of(error(500, "Server internal error")), delete, same),
        new Scenario("HTML 502", List.of(HttpReply.of(502, "text/html", "<html>Bad Gateway</html>".getBytes(StandardCharsets.UTF_8))), delete, same),
        new Scenario("envelope status wins", List.of(envelope(200, 400, "{\"message\":\"User does not exist\"}")), delete, same),
        new Scenario("malformed 200", List.of(json(200, "{\"status\":200,\"body\":")), login, same),
        new Scenario("body over the cap", List.of(error(200, "x".repeat(5000))), delete, b -> b.maxResponseBytes(4096)),
        new Scenario("redirect", List.of(withHeader(error(302, "Found"), "Location", "http://127.0.0.1:1/elsewhere")), delete, same),
        new Scenario("reset", List.of(fault(new WireFault.Reset())), delete, same),
        new Scenario("close after request", List.of(fault(new WireFault.CloseAfterRequest())), delete, same),
        new Scenario("no response", List.of(fault(new WireFault.StallBeforeHeaders())), delete,
            b -> b.timeouts(TIMEOUTS.withPerAttempt(Duration.ofMillis(300)))),
        new Scenario("truncated body", List.of(error(200, "Successfully deleted the user").withFault(new WireFault.Truncated(10))), delete, same),
        new Scenario("oversized body", List.of(fault(new WireFault.Oversized(100L << 20))), delete, same),
        new Scenario("connection refused", List.of(), delete, same));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void bothTransportsGiveTheSameOutcome(Scenario scenario) throws Exception {
    Observed apache = observe(scenario, SiviHttpClient::create);
    Observed vertx = observe(scenario, config -> BlockingView.of(SiviVertx.create(watched.vertx(), config).asAsyncClient()));

    assertThat(vertx).as("Vert.x outcome vs HttpClient outcome").isEqualTo(apache);
  }

  private static Observed observe(Scenario scenario, Function<SiviConfig, SiviClient> factory) throws Exception {
    Deque<HttpReply> replies = new ArrayDeque<>(scenario.replies());
    LoopbackHttpServer server = replies.isEmpty() ? null : LoopbackHttpServer.start(0, request -> {
      synchronized (replies) {
        return replies.size() > 1 ? replies.removeFirst() : replies.peekFirst();
      }
    });
    URI base = URI.create((server == null ? "http://127.0.0.1:" + closedPort() : server.baseUri().toString()) + "/api/prod/v2");
    SiviConfig config = scenario.tune().apply(SiviConfig.builder()
        .apiKey(Canary.key(KeyKind.ENTERPRISE_ADMIN))
        .baseUrl(base)
        .rateLimit(RateLimit.off())
        .timeouts(TIMEOUTS)
        .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(20)))).build();
    try (SiviClient client = factory.apply(config)) {
      Object value = scenario.call().apply(client);
      return new Observed(Objects.toString(value), "none", "", 0, 0, 0, "", "", requests(server));
    } catch (SiviException e) {
      Canary.scan("equality scenario " + scenario.name(), e);
      return observed(e, requests(server));
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  private static Observed observed(SiviException e, long requests) {
    String kind = e instanceof SiviTransportException t ? t.kind().name()
        : e instanceof SiviResponseException r ? r.reason().name()
        : "";
    String retryAfter = e instanceof RateLimitedException r ? r.retryAfter().map(Duration::toString).orElse("none")
        : e instanceof ServerErrorException s ? s.retryAfter().map(Duration::toString).orElse("none")
        : "";
    // Below HTTP the detail is the transport's own words; sivi4j writes what comes before it.
    String message = e instanceof SiviApiException ? e.getMessage() : e.getMessage().substring(0, e.getMessage().indexOf(": ") + 1);
    return new Observed("", e.getClass().getSimpleName(), kind, e.httpStatus().orElse(0), e.envelopeStatus().orElse(0),
        e.attempts(), message, retryAfter, requests);
  }

  private static long requests(LoopbackHttpServer server) {
    return server == null ? 0 : server.requestsServed();
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static HttpReply json(int status, String json) {
    return HttpReply.of(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  private static HttpReply envelope(int http, int status, String body) {
    return json(http, "{\"status\":" + status + ",\"body\":" + body + "}");
  }

  private static HttpReply error(int status, String message) {
    return envelope(status, status, "{\"message\":\"" + message + "\"}");
  }

  private static HttpReply withHeader(HttpReply reply, String name, String value) {
    Map<String, String> headers = new java.util.LinkedHashMap<>(reply.headers());
    headers.put(name, value);
    return new HttpReply(reply.status(), headers, reply.body(), reply.fault());
  }

  private static HttpReply fault(WireFault fault) {
    return HttpReply.of(200, "application/json", new byte[0]).withFault(fault);
  }

  private static final String ANALYSIS =
      "{\"yearlyAnalysis\":{\"numberOfGeneratedDesignVariations\":254,\"numberOfEditedDesigns\":46,"
          + "\"numberOfDownloadedDesigns\":24,\"numberOfMedia\":25,\"mediaSize\":\"25Mb\"},"
          + "\"monthlyAnalysis\":[{\"numberOfGeneratedDesignVariations\":54,\"numberOfEditedDesigns\":16,"
          + "\"numberOfDownloadedDesigns\":4,\"numberOfMedia\":250,\"mediaSize\":\"2Mb\"}],"
          + "\"creditBalance\":{\"availableCredits\":100,\"usedCredits\":20},\"lastAccessed\":1325312222}";
}
