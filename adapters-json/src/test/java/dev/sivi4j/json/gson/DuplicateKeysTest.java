package dev.sivi4j.json.gson;

import static dev.sivi4j.json.gson.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.error.CodecException;
import dev.sivi4j.spi.Envelope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A key twice in one JSON object is malformed wherever it is: JSON leaves the meaning undefined, and
 * taking the first or the last would be a guess. The message never quotes the key.
 */
class DuplicateKeysTest {
  private static final String EXPORT_BODY = "\"variants\":[],\"media\":[],\"content\":[],\"next\":0";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "status twice | MESSAGE | {\"status\":200,\"status\":400,\"body\":{\"message\":\"ok\"}}",
    "body twice | MESSAGE | {\"status\":200,\"body\":{\"message\":\"ok\"},\"body\":{\"message\":\"no\"}}",
    "message twice | MESSAGE | {\"status\":200,\"body\":{\"message\":\"ok\",\"message\":\"no\"}}",
    "token twice | LOGIN | {\"status\":200,\"body\":{\"accessToken\":\"a\",\"accessToken\":\"b\",\"refreshToken\":\"r\",\"workspaceId\":\"w\"}}",
    "next twice | EXPORT | {\"status\":200,\"body\":{" + EXPORT_BODY + ",\"next\":1}}",
    "variants twice | EXPORT | {\"status\":200,\"body\":{" + EXPORT_BODY + ",\"variants\":[]}}",
    "key twice in an item | EXPORT | {\"status\":200,\"body\":{\"variants\":[],\"media\":[{\"url\":\"u\",\"type\":\"photo\",\"url\":\"v\"}],\"content\":[]}}",
    "key twice in an unknown field | EXPORT | {\"status\":200,\"body\":{" + EXPORT_BODY + ",\"extra\":{\"a\":1,\"a\":2}}}",
    "key twice in a body before its status | EXPORT | {\"body\":{" + EXPORT_BODY + ",\"next\":1},\"status\":200}",
    "credits twice | ACCOUNT_ANALYSIS | {\"status\":200,\"body\":{\"creditBalance\":{\"usedCredits\":1,\"usedCredits\":2}}}",
  })
  void rejectsAKeyTwiceInOneObject(String name, Decoders decoder, String json) {
    assertThatThrownBy(() -> decoder.decode(utf8(json), 200))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("same key twice")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\"").doesNotContain("usedCredits\":"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "the same key in sibling objects | {\"status\":200,\"body\":{\"variants\":[],\"media\":[{\"url\":\"u\",\"type\":\"photo\"},{\"url\":\"v\",\"type\":\"photo\"}],\"content\":[]}}",
    "the same key at two depths | {\"status\":200,\"body\":{" + EXPORT_BODY + ",\"extra\":{\"next\":{\"next\":1}}}}",
    "a body before its status | {\"body\":{" + EXPORT_BODY + "},\"status\":200}",
  })
  void acceptsTheSameKeyInDifferentObjects(String name, String json) throws CodecException {
    Envelope<?> envelope = Decoders.EXPORT.decode(utf8(json), 200);
    assertThat(envelope.isSuccess()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "message twice in an error | {\"status\":400,\"body\":{\"message\":\"User not found\",\"message\":\"Plan not found\"}}",
    "message twice in an error before its status | {\"body\":{\"message\":\"a\",\"message\":\"b\"},\"status\":404}",
  })
  void rejectsAKeyTwiceInAnErrorBody(String name, String json) {
    assertThatThrownBy(() -> Decoders.MESSAGE.decode(utf8(json), 400))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("same key twice");
  }

  @ParameterizedTest(name = "{0} keys")
  @CsvSource({"7", "8", "9", "40", "5000"})
  void findsTheRepeatAmongManyKeysAndAcceptsManyDistinctOnes(int count) throws CodecException {
    StringBuilder keys = new StringBuilder();
    for (int i = 0; i < count; i++) {
      keys.append(",\"k").append(i).append("\":").append(i);
    }
    String distinct = "{\"status\":200,\"body\":{" + EXPORT_BODY + keys + "}}";
    String repeated = "{\"status\":200,\"body\":{" + EXPORT_BODY + keys + ",\"k" + (count / 2) + "\":0}}";

    assertThat(Decoders.EXPORT.decode(utf8(distinct), 200).isSuccess()).isTrue();
    assertThatThrownBy(() -> Decoders.EXPORT.decode(utf8(repeated), 200))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("body has the same key twice");
  }
}
