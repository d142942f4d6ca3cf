package dev.sivi4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.sivi4j.domain.Operation;
import dev.sivi4j.error.TransportException;
import dev.sivi4j.spi.TransportRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fault is one record with its own kind, and every face knows what each kind does. */
class FaultModelTest {
  private static final byte[] ANSWER = "{\"status\":200,\"body\":{\"message\":\"ok\"}}".getBytes(StandardCharsets.UTF_8);

  static List<Fault> oneOfEachKind() {
    return List.of(
        Fault.status(503), Fault.htmlError(502), Fault.malformedBody(), Fault.emptyBody(), Fault.truncatedBody(),
        Fault.oversizedBody(4096), Fault.latency(Duration.ofMillis(5)), Fault.stallBeforeHeaders(),
        Fault.slowBody(Duration.ofMillis(1), 8), Fault.reset(), Fault.closeAfterRequest(),
        Fault.closeAfterResponse(), Fault.garbageThenClose(),
        Fault.reply(429, "{}").withHeader("Retry-After", "2").withDelay(Duration.ofMillis(5)).thenClose());
  }

  @Test
  void givesEveryFaultRecordAKindOfItsOwn() {
    Map<Fault.Kind, Class<?>> recordOfKind =
        oneOfEachKind().stream().collect(Collectors.toMap(Fault::kind, Object::getClass));
    Set<Class<?>> permitted = Set.copyOf(Arrays.asList(Fault.class.getPermittedSubclasses()));

    assertThat(recordOfKind.keySet()).isEqualTo(EnumSet.allOf(Fault.Kind.class));
    assertThat(Set.copyOf(recordOfKind.values())).isEqualTo(permitted);
  }

  @ParameterizedTest
  @MethodSource("oneOfEachKind")
  void mapsEveryKindOnTheSocket(Fault fault) {
    assertThatCode(() -> WireFaults.toReply(exchangeFor(fault))).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @MethodSource("oneOfEachKind")
  void mapsEveryKindInProcess(Fault fault) {
    TransportRequest request =
        new TransportRequest(
            Operation.LOGIN_USER, 1, URI.create("http://127.0.0.1/api/prod/v2/super/login-user"), List.of(),
            new byte[0], Duration.ofSeconds(1), 1 << 20);
    Function<Fault, Object> delivered = f -> {
      try {
        return InProcessDelivery.deliver(exchangeFor(f), request, FakeClock.system());
      } catch (TransportException e) {
        return e.kind();
      }
    };

    assertThat(delivered.apply(fault)).isNotNull();
  }

  @Test
  void deliversAScriptedReplyWithItsHeadersInProcess() throws Exception {
    FakeSivi fake = FakeSivi.create();
    FakeAccount account = fake.createAccount(FakeKeyKind.SUPER_USER);
    fake.faults().inject(FaultRule.of(Fault.reply(503, "{\"status\":503,\"body\":{\"message\":\"busy\"}}")
        .withHeader("Retry-After", "7").withDelay(Duration.ofMillis(250))));
    FakeClock clock = fake.clock();
    java.time.Instant before = clock.instant();

    dev.sivi4j.spi.TransportResponse response = fake.blockingTransport().send(
        new TransportRequest(
            Operation.LOGIN_USER, 1, URI.create("http://127.0.0.1/api/prod/v2/super/login-user"),
            List.of(new dev.sivi4j.spi.Header("sivi-api-key", account.secret())),
            "{\"abstractUserId\":\"u\"}".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(1), 1 << 20));

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers()).containsEntry("retry-after", "7");
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("busy");
    assertThat(Duration.between(before, clock.instant())).isGreaterThanOrEqualTo(Duration.ofMillis(250));
  }

  @Test
  void sendsAScriptedReplyWithItsHeadersOverHttpThenCloses() throws Exception {
    FakeSivi fake = FakeSivi.create();
    FakeAccount account = fake.createAccount(FakeKeyKind.SUPER_USER);
    fake.faults().inject(FaultRule.of(Fault.reply(429, "{\"status\":429,\"body\":{\"message\":\"wait\"}}")
        .withHeader("Retry-After", "3").thenClose()));
    try (FakeSiviServer server = fake.startServer()) {
      java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(URI.create(server.baseUri() + "/super/login-user"))
              .header("sivi-api-key", account.secret())
              .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"abstractUserId\":\"h\"}"))
              .build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(429);
      assertThat(response.headers().firstValue("retry-after")).contains("3");
      assertThat(response.body()).contains("wait");
    }
  }

  @Test
  void refusesAHeaderThatWouldSplitTheResponse() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fault.reply(200, "{}").withHeader("X-A", "1\r\nX-B: 2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X-A");
  }

  /** What the dispatcher hands a face for a request this fault hit. */
  private static Exchange exchangeFor(Fault fault) {
    return fault.replacesAnswer()
        ? FaultReplies.replacing(fault)
        : new Exchange(200, FaultReplies.JSON, ANSWER, fault);
  }
}
