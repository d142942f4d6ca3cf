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
        Fault.closeAfterResponse(), Fault.garbageThenClose());
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

  /** What the dispatcher hands a face for a request this fault hit. */
  private static Exchange exchangeFor(Fault fault) {
    return fault.replacesAnswer()
        ? FaultReplies.replacing(fault)
        : new Exchange(200, FaultReplies.JSON, ANSWER, fault);
  }
}
