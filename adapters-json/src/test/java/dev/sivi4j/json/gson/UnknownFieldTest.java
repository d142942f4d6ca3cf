package dev.sivi4j.json.gson;

import static dev.sivi4j.json.gson.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.sivi4j.error.CodecException;
import dev.sivi4j.spi.Envelope;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fields the service may add later are ignored at every level: the envelope, the body and every
 * nested object, whether they come before or after the known fields and whatever their JSON type.
 */
class UnknownFieldTest {
  private static final Map<String, String> UNKNOWN =
      Map.of(
          "zzObject", "{\"a\":[1,\"x\",null,true,{\"b\":[]}],\"status\":999,\"body\":\"no\"}",
          "zzArray", "[[[]],{},\"message\"]",
          "zzNumber", "1.5e300",
          "zzHuge", "123456789012345678901234567890",
          "zzNull", "null",
          "zzString", "\"message\"");

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "LOGIN, responses/success/login-user.json",
    "MESSAGE, responses/success/delete-user.json",
    "MESSAGE, responses/success/set-user-credit-limit.json",
    "MESSAGE, responses/success/update-user-plan.json",
    "ACCOUNT_ANALYSIS, responses/success/account-analysis.json",
    "EXPORT, responses/success/export-data-with-dimensions.json",
    "EXPORT, responses/success/export-data-variant-type-more.json",
    "MESSAGE, responses/errors/404-user-not-found.json",
    "LOGIN, responses/errors/401-authentication.json",
    "ACCOUNT_ANALYSIS, responses/errors/400-user-does-not-exist.json",
    "EXPORT, responses/errors/500-server-internal-error.json",
  })
  void ignoresUnknownFieldsAtEveryLevel(Decoders decoder, String fixture) throws CodecException {
    JsonObject original = Fixtures.object(fixture);
    int status = original.get("status").getAsInt();
    Envelope<?> expected = decoder.decode(utf8(original.toString()), status);

    Envelope<?> after = decoder.decode(utf8(withUnknownFields(original, false).toString()), status);
    Envelope<?> before = decoder.decode(utf8(withUnknownFields(original, true).toString()), status);

    assertThat(after).isEqualTo(expected);
    assertThat(before).isEqualTo(expected);
  }

  /** A copy of the tree with the unknown fields added to every object, before or after its own. */
  private static JsonElement withUnknownFields(JsonElement element, boolean first) {
    if (element.isJsonArray()) {
      JsonArray copy = new JsonArray();
      element.getAsJsonArray().forEach(item -> copy.add(withUnknownFields(item, first)));
      return copy;
    }
    if (!element.isJsonObject()) {
      return element;
    }
    JsonObject copy = new JsonObject();
    if (first) {
      UNKNOWN.forEach((name, value) -> copy.add(name, JsonParser.parseString(value)));
    }
    element.getAsJsonObject().entrySet().forEach(e -> copy.add(e.getKey(), withUnknownFields(e.getValue(), first)));
    if (!first) {
      UNKNOWN.forEach((name, value) -> copy.add(name, JsonParser.parseString(value)));
    }
    return copy;
  }
}
