package dev.sivi4j.json.gson;

import static dev.sivi4j.json.gson.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sivi4j.error.CodecException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bytes that are not one strict JSON envelope fail every decoder, under every HTTP status, with a
 * {@link CodecException} and nothing else: no {@code StackOverflowError}, no runtime exception.
 */
class HostileInputTest {
  private static final int[] HTTP_STATUSES = {200, 204, 400, 404, 429, 500, 502, 0, -1};
  private static final String OK = "{\"status\":200,\"body\":{\"message\":\"ok\"}}";
  private static final int DEEP = 100_000;

  static Stream<Arguments> notOneJsonDocument() {
    return Stream.of(
        Arguments.of("empty body", ""),
        Arguments.of("only whitespace", " \r\n\t "),
        Arguments.of("null", "null"),
        Arguments.of("top-level array", "[]"),
        Arguments.of("array of envelopes", "[" + OK + "]"),
        Arguments.of("string", "\"Successfully deleted the user\""),
        Arguments.of("number", "200"),
        Arguments.of("boolean", "true"),
        Arguments.of("object without status or body", "{}"),
        Arguments.of("gateway JSON", "{\"message\":\"Internal server error\"}"),
        Arguments.of(
            "HTML page",
            "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                + "<body><h1>502 Bad Gateway</h1></body></html>"),
        Arguments.of("plain text", "upstream connect error or disconnect/reset before headers"),
        Arguments.of("truncated", OK.substring(0, OK.length() - 3)),
        Arguments.of("unterminated string", "{\"status\":200,\"body\":{\"message\":\"ok}}"),
        Arguments.of("trailing text", OK + " x"),
        Arguments.of("trailing second document", OK + OK),
        Arguments.of("trailing null", OK + "\nnull"),
        Arguments.of("trailing bracket", OK + "}"),
        Arguments.of("trailing comma", OK + ","),
        Arguments.of("single quotes", "{'status':200,'body':{'message':'ok'}}"),
        Arguments.of("unquoted names", "{status:200,body:{message:\"ok\"}}"),
        Arguments.of("unquoted value", "{\"status\":200,\"body\":{\"message\":ok}}"),
        Arguments.of("line comment", "// note\n" + OK),
        Arguments.of("block comment", "{\"status\":200,/* note */\"body\":{\"message\":\"ok\"}}"),
        Arguments.of("hash comment", "# note\n" + OK),
        Arguments.of("NaN", "{\"status\":NaN,\"body\":{}}"),
        Arguments.of("Infinity in unknown field", "{\"status\":200,\"x\":Infinity,\"body\":{\"message\":\"ok\"}}"),
        Arguments.of("-Infinity in error", "{\"status\":500,\"body\":{\"message\":-Infinity}}"),
        Arguments.of("trailing comma in object", "{\"status\":200,\"body\":{\"message\":\"ok\",}}"),
        Arguments.of("trailing comma in array", "{\"status\":200,\"x\":[1,],\"body\":{\"message\":\"ok\"}}"),
        Arguments.of("missing comma", "{\"status\":200 \"body\":{\"message\":\"ok\"}}"),
        Arguments.of("semicolon separator", "{\"status\":200;\"body\":{\"message\":\"ok\"}}"),
        Arguments.of("equals separator", "{\"status\"=200,\"body\":{\"message\":\"ok\"}}"),
        Arguments.of("arrow separator", "{\"status\"=>200,\"body\":{\"message\":\"ok\"}}"),
        Arguments.of("non-execute prefix", ")]}'\n" + OK),
        Arguments.of("leading zeros", "{\"status\":0200,\"body\":{\"message\":\"ok\"}}"),
        Arguments.of("hex number", "{\"status\":0xC8,\"body\":{\"message\":\"ok\"}}"),
        Arguments.of("plus sign", "{\"status\":+200,\"body\":{\"message\":\"ok\"}}"),
        Arguments.of("raw control character", "{\"status\":200,\"body\":{\"message\":\"o\u0001k\"}}"),
        Arguments.of("raw control character in unknown field", "{\"status\":200,\"x\":\"\u0007\",\"body\":{}}"),
        Arguments.of("raw control character in unknown name", "{\"status\":200,\"body\":{\"\u001f\":1}}"),
        Arguments.of("unpaired surrogate", "{\"status\":200,\"body\":{\"message\":\"\\ud800\"}}"),
        Arguments.of("unpaired surrogate in unknown field", "{\"status\":404,\"body\":{\"x\":\"\\udc00\"}}"),
        Arguments.of("invalid escape", "{\"status\":200,\"body\":{\"message\":\"o\\xk\"}}"),
        Arguments.of("broken unicode escape", "{\"status\":200,\"body\":{\"message\":\"\\u12G4\"}}"),
        Arguments.of("100,000-digit number", "{\"status\":200,\"body\":{\"next\":" + "7".repeat(DEEP) + "}}"),
        Arguments.of("100,000-digit status", "{\"status\":" + "4".repeat(DEEP) + ",\"body\":{}}"),
        Arguments.of("huge number in unknown field", "{\"status\":500,\"x\":" + "1".repeat(DEEP) + "}"),
        Arguments.of("100,000 [", "[".repeat(DEEP)),
        Arguments.of("100,000 [ closed", "[".repeat(DEEP) + "]".repeat(DEEP)),
        Arguments.of("100,000 {", "{\"a\":".repeat(DEEP)),
        Arguments.of("deep unknown field in body", deepObjectIn("{\"status\":200,\"body\":{\"message\":\"ok\",\"x\":", "}}")),
        Arguments.of("deep unknown field in envelope", deepObjectIn("{\"status\":200,\"x\":", ",\"body\":{}}")),
        Arguments.of("deep body before status", deepObjectIn("{\"body\":{\"x\":", "},\"status\":200}")),
        Arguments.of("deep error body", deepObjectIn("{\"status\":500,\"body\":{\"message\":", "}}")),
        Arguments.of("deep error body before status", deepObjectIn("{\"body\":", ",\"status\":500}")),
        Arguments.of("deep arrays in unknown field", "{\"status\":200,\"x\":" + "[".repeat(DEEP) + "]".repeat(DEEP) + "}"));
  }

  private static String deepObjectIn(String before, String after) {
    return before + "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP) + after;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notOneJsonDocument")
  void rejectsWithACodecExceptionOnlyUnderEveryDecoderAndStatus(String what, String input) {
    byte[] bytes = utf8(input);
    for (Decoders decoder : Decoders.values()) {
      for (int http : HTTP_STATUSES) {
        Throwable thrown = catchThrowable(() -> decoder.decode(bytes, http));

        assertThat(thrown).as("%s under %s with HTTP %d", what, decoder, http).isExactlyInstanceOf(CodecException.class);
        assertThat(thrown.getMessage()).isNotBlank().hasSizeLessThan(300);
      }
    }
  }

  @Test
  void acceptsNestingWellWithinTheLimit() throws CodecException {
    String json = "{\"status\":200,\"x\":" + "{\"a\":".repeat(20) + "1" + "}".repeat(20) + ",\"body\":{\"message\":\"ok\"}}";

    assertThat(Decoders.MESSAGE.decode(utf8(json), 200).body()).isEqualTo("ok");
  }

  @Test
  void acceptsWhitespaceAfterTheDocument() throws CodecException {
    assertThat(Decoders.MESSAGE.decode(utf8(OK + " \r\n\t"), 200).body()).isEqualTo("ok");
  }

  @Test
  void neverQuotesObjectNamesFromTheBodyInSyntaxErrors() {
    String name = "secret-looking-name-".repeat(500);
    String[] inputs = {
      "{\"status\":200,\"body\":{\"" + name + "\":[1,2,}]}}",
      "{\"" + name + "\": x}",
      "{\"body\":{\"" + name + "\":{\"deeper\":tru}},\"status\":200}",
      "{\"status\":500,\"body\":{\"" + name + "\":" + "[".repeat(64) + "}}",
    };
    for (String input : inputs) {
      for (Decoders decoder : Decoders.values()) {
        assertThatThrownBy(() -> decoder.decode(utf8(input), 200))
            .isInstanceOf(CodecException.class)
            .satisfies(
                e ->
                    assertThat(e.getMessage())
                        .doesNotContain("secret-looking-name")
                        .doesNotContain("Troubleshooting")
                        .hasSizeLessThan(300));
      }
    }
  }

  @Test
  void saysWhereASyntaxErrorIs() {
    assertThatThrownBy(() -> Decoders.MESSAGE.decode(utf8("{\"status\":200,\n\"body\":{\"message\":ok}}"), 200))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("the response is not valid JSON")
        .hasMessageContaining("line 2");
  }
}
