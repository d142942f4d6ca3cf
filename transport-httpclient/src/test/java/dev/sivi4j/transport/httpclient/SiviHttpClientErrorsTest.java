package dev.sivi4j.transport.httpclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sivi4j.KeyKind;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.error.AuthenticationException;
import dev.sivi4j.error.CreditLimitExceededException;
import dev.sivi4j.error.InvalidInputException;
import dev.sivi4j.error.PermissionDeniedException;
import dev.sivi4j.error.RateLimitedException;
import dev.sivi4j.error.ServerErrorException;
import dev.sivi4j.error.SiviApiException;
import dev.sivi4j.error.SiviException;
import dev.sivi4j.error.SiviResponseException;
import dev.sivi4j.error.SiviTimeoutException;
import dev.sivi4j.error.SiviTransportException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.UserNotFoundException;
import dev.sivi4j.transport.httpclient.testing.Reply;
import dev.sivi4j.transport.httpclient.testing.ScriptedServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every documented error, and the transport failures, as the user of the blocking client sees them. */
class SiviHttpClientErrorsTest {
  private static final AbstractUserId USER = AbstractUserId.of("user-12345");
  private static final Consumer<SiviClient> DELETE = sivi -> sivi.deleteUser(USER);
  private static final Consumer<SiviClient> SET_LIMIT = sivi -> sivi.setCreditLimit(USER, CreditLimit.of(10));

  private final ScriptedServer server = ScriptedServer.start();
  private HttpClientComponent component;

  private SiviClient client(SiviConfig config) {
    component = TestClients.component(config);
    return component.client();
  }

  @AfterEach
  void checkPoolAndClose() {
    if (component != null) {
      assertThat(component.transport().poolStats().orElseThrow().getLeased()).isZero();
      component.client().close();
    }
    server.close();
  }

  /**
   * One documented failure and what the user must see.
   *
   * @param envelope the expected envelope status, or 0 for none
   */
  record Scenario(
      String name,
      Consumer<SiviClient> call,
      Reply reply,
      Class<? extends SiviApiException> type,
      int http,
      int envelope,
      int attempts,
      String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Scenario> documentedErrors() {
    String html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    return Stream.of(
        new Scenario("400 User does not exists", DELETE, Reply.error(400, "User does not exists"),
            UserNotFoundException.class, 400, 400, 1, "User does not exists"),
        new Scenario("400 User does not exist", DELETE, Reply.error(400, "User does not exist"),
            UserNotFoundException.class, 400, 400, 1, "User does not exist"),
        new Scenario("404 User not found", DELETE, Reply.error(404, "User not found"),
            UserNotFoundException.class, 404, 404, 1, "User not found"),
        new Scenario("401", DELETE,
            Reply.error(401, "Failed to authenticate request. Please add sivi-api-key header in request"),
            AuthenticationException.class, 401, 401, 1, "Failed to authenticate request"),
        new Scenario("403", DELETE, Reply.error(403, "Forbidden"),
            PermissionDeniedException.class, 403, 403, 1, "Forbidden"),
        new Scenario("422", DELETE, Reply.error(422, "Invalid input"),
            InvalidInputException.class, 422, 422, 1, "Invalid input"),
        new Scenario("429 credit", SET_LIMIT, Reply.error(429, "Insufficient credit limit"),
            CreditLimitExceededException.class, 429, 429, 1, "Insufficient credit limit"),
        new Scenario("429 rate limit", DELETE, Reply.error(429, "Rate limit exceeded. Please try again later."),
            RateLimitedException.class, 429, 429, 3, "Rate limit exceeded. Please try again later."),
        new Scenario("500", DELETE, Reply.error(500, "Server internal error"),
            ServerErrorException.class, 500, 500, 3, "Server internal error"),
        new Scenario("HTTP 200, envelope 400", DELETE,
            Reply.json(200, "{\"status\":400,\"body\":{\"message\":\"User does not exist\"}}"),
            UserNotFoundException.class, 200, 400, 1, "User does not exist"),
        new Scenario("HTML 502", DELETE, Reply.of(502, "text/html", html.getBytes(StandardCharsets.UTF_8)),
            ServerErrorException.class, 502, 0, 3, "HTTP 502"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedErrors")
  void mapsEachDocumentedErrorToItsException(Scenario scenario) {
    server.replyAlways(scenario.reply());
    SiviClient sivi = client(TestClients.config(server, KeyKind.SUPER_USER).build());

    SiviApiException error = catchThrowableOfType(scenario.type(), () -> scenario.call().accept(sivi));

    assertThat(error).as("thrown").isNotNull();
    assertThat(error.httpStatus()).hasValue(scenario.http());
    if (scenario.envelope() == 0) {
      assertThat(error.envelopeStatus()).isEmpty();
    } else {
      assertThat(error.envelopeStatus()).hasValue(scenario.envelope());
    }
    assertThat(error.statusCode()).isEqualTo(scenario.envelope() == 0 ? scenario.http() : scenario.envelope());
    assertThat(error.attempts()).isEqualTo(scenario.attempts());
    assertThat(server.requests()).hasSize(scenario.attempts());
    assertThat(error).hasMessageContaining(scenario.message());
    assertThat(error.getMessage()).doesNotContain(TestClients.SUPER_KEY);
  }

  @Test
  void refusesABodyOverTheCap() {
    server.replyAlways(Reply.of(200, "application/json", new byte[2 << 20]));
    SiviClient sivi = client(TestClients.config(server, KeyKind.SUPER_USER).maxResponseBytes(1 << 20).build());

    SiviResponseException error = catchThrowableOfType(SiviResponseException.class, () -> DELETE.accept(sivi));

    assertThat(error.reason()).isEqualTo(SiviResponseException.Reason.BODY_TOO_LARGE);
    assertThat(error.operation()).isEqualTo(Operation.DELETE_USER);
    assertThat(error.attempts()).isEqualTo(1);
  }

  @Test
  void retriesARefusedConnectionAndThenReportsIt() throws IOException {
    URI closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }
    SiviClient sivi = client(TestClients.config(closed, KeyKind.SUPER_USER).build());

    SiviTransportException error = catchThrowableOfType(SiviTransportException.class, () -> DELETE.accept(sivi));

    assertThat(error).isNotInstanceOf(SiviTimeoutException.class);
    assertThat(error.kind()).isEqualTo(TransportErrorKind.CONNECT_FAILED);
    assertThat(error.attempts()).isEqualTo(3);
    assertThat(error.getMessage()).doesNotContain(TestClients.SUPER_KEY);
  }

  @Test
  void givesUpOnASilentServerWithinTheWholeCallDeadline() {
    server.replyAlways(Reply.never());
    Timeouts timeouts =
        Timeouts.defaults().withPerAttempt(Duration.ofMillis(300)).withWholeCall(Duration.ofSeconds(1));
    SiviClient sivi = client(TestClients.config(server, KeyKind.SUPER_USER).timeouts(timeouts).build());
    long start = System.nanoTime();

    SiviTimeoutException error = catchThrowableOfType(SiviTimeoutException.class, () -> DELETE.accept(sivi));

    assertThat(error.kind().isTimeout()).isTrue();
    assertThat(error.attempts()).isBetween(1, 3);
    // Generous bound: the point is that no attempt outlives its deadline, not a latency target.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void neverPutsTheKeyInAnErrorEvenWhenTheServerEchoesIt() {
    server.replyAlways(Reply.error(401, "bad key " + TestClients.SUPER_KEY));
    SiviClient sivi = client(TestClients.config(server, KeyKind.SUPER_USER).build());

    SiviException error = catchThrowableOfType(SiviException.class, () -> DELETE.accept(sivi));

    assertThat(error.getMessage()).doesNotContain(TestClients.SUPER_KEY);
    assertThat(error.bodyExcerpt()).doesNotContain(TestClients.SUPER_KEY);
  }
}
