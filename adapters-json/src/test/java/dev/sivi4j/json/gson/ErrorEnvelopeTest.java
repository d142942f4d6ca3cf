package dev.sivi4j.json.gson;

import static dev.sivi4j.json.gson.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.error.CodecException;
import dev.sivi4j.spi.Envelope;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every documented error (reference sections 1.4 and 15) through every decoder: a failure envelope
 * with the status and message, read tolerantly, with the envelope's status deciding.
 */
class ErrorEnvelopeTest {
  private static final String[][] DOCUMENTED = {
    {"400-user-does-not-exists", "400", "User does not exists"},
    {"400-user-does-not-exist", "400", "User does not exist"},
    {"401-authentication", "401", "Failed to authenticate request. Please add sivi-api-key header in request"},
    {"404-user-not-found", "404", "User not found"},
    {"422-invalid-input", "422", "Invalid input"},
    {"429-insufficient-credit-limit", "429", "Insufficient credit limit"},
    {"429-rate-limit-exceeded", "429", "Rate limit exceeded. Please try again later."},
    {"500-server-internal-error", "500", "Server internal error"},
  };

  static Stream<Arguments> documentedErrors() {
    return Stream.of(Decoders.values())
        .flatMap(
            decoder ->
                Stream.of(DOCUMENTED)
                    .map(row -> Arguments.of(decoder, row[0], Integer.parseInt(row[1]), row[2])));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("documentedErrors")
  void decodesEveryDocumentedErrorAsAFailureWithStatusAndMessage(
      Decoders decoder, String fixture, int status, String message) throws CodecException {
    Envelope<?> envelope = decoder.decode(Fixtures.bytes("responses/errors/" + fixture + ".json"), status);

    assertThat(envelope.isSuccess()).isFalse();
    assertThat(envelope).isEqualTo(Envelope.failure(status, message));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("documentedErrors")
  void letsTheEnvelopeStatusWinOverASuccessfulHttpStatus(
      Decoders decoder, String fixture, int status, String message) throws CodecException {
    Envelope<?> envelope = decoder.decode(Fixtures.bytes("responses/errors/" + fixture + ".json"), 200);

    assertThat(envelope).isEqualTo(Envelope.failure(status, message));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("documentedErrors")
  void readsAnErrorBodyThatComesBeforeTheStatus(Decoders decoder, String fixture, int status, String message)
      throws CodecException {
    String json = "{\"body\":{\"message\":\"" + message + "\"},\"status\":" + status + "}";

    assertThat(decoder.decode(utf8(json), 200)).isEqualTo(Envelope.failure(status, message));
  }

  @Test
  void letsASuccessfulEnvelopeStatusWinOverAnHttpError() throws CodecException {
    byte[] json = Fixtures.bytes("responses/success/delete-user.json");

    assertThat(Decoders.MESSAGE.decode(json, 500)).isEqualTo(Envelope.success(200, "Successfully deleted the user"));
    assertThat(Decoders.LOGIN.decode(Fixtures.bytes("responses/success/login-user.json"), 502).isSuccess()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 404, 422, 429, 500, 502, 503, 0, -1, 302})
  void fallsBackToTheHttpStatusWhenTheEnvelopeHasNone(int http) throws CodecException {
    for (Decoders decoder : Decoders.values()) {
      Envelope<?> envelope = decoder.decode(utf8("{\"body\":{\"message\":\"User not found\"}}"), http);

      assertThat(envelope).as("%s", decoder).isEqualTo(Envelope.failure(0, "User not found"));
    }
  }

  @ParameterizedTest
  @EnumSource(Decoders.class)
  void givesAStatusWithoutABodyNoMessage(Decoders decoder) throws CodecException {
    assertThat(decoder.decode(utf8("{\"status\":500}"), 500)).isEqualTo(Envelope.failure(500, null));
    assertThat(decoder.decode(utf8("{\"status\":429}"), 200)).isEqualTo(Envelope.failure(429, null));
  }

  @ParameterizedTest
  @EnumSource(Decoders.class)
  void readsAnyMessageThatIsNotAStringAsNoMessage(Decoders decoder) throws CodecException {
    String[] bodies = {
      "{}",
      "{\"message\":404}",
      "{\"message\":1.5e3}",
      "{\"message\":null}",
      "{\"message\":true}",
      "{\"message\":[\"User not found\"]}",
      "{\"message\":{\"text\":\"User not found\"}}",
      "{\"error\":\"User not found\"}",
      "\"User not found\"",
      "[\"User not found\"]",
      "null",
      "42",
      "false"
    };
    for (String body : bodies) {
      Envelope<?> envelope = decoder.decode(utf8("{\"status\":404,\"body\":" + body + "}"), 404);

      assertThat(envelope).as(body).isEqualTo(Envelope.failure(404, null));
    }
  }

  @ParameterizedTest
  @EnumSource(Decoders.class)
  void ignoresUnknownFieldsAroundAnError(Decoders decoder) throws CodecException {
    String json =
        "{\"requestId\":\"r-1\",\"status\":422,\"trace\":{\"a\":[1,2,{\"b\":null}]},"
            + "\"body\":{\"code\":\"E_INPUT\",\"details\":[{\"field\":\"abstractUserId\"}],"
            + "\"message\":\"Invalid input\",\"retry\":false},\"took\":1.5}";

    assertThat(decoder.decode(utf8(json), 422)).isEqualTo(Envelope.failure(422, "Invalid input"));
  }

  @ParameterizedTest
  @EnumSource(Decoders.class)
  void rejectsAnErrorBodyThatRepeatsItsMessage(Decoders decoder) {
    String json = "{\"status\":400,\"body\":{\"message\":\"first\",\"message\":\"User does not exist\"}}";

    // Neither message is taken: the pipeline then maps the answer by its HTTP status alone.
    assertThatThrownBy(() -> decoder.decode(utf8(json), 400))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("same key twice");
  }
}
