package dev.sivi4j.json.gson;

import static dev.sivi4j.json.gson.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.sivi4j.error.CodecException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Success bodies are read strictly: a missing required field, a value of the wrong JSON type or a
 * number that is not a whole number in range is a {@link CodecException} naming the field.
 */
class MalformedSuccessTest {
  private static final String LOGIN = "responses/success/login-user.json";
  private static final String ANALYSIS = "responses/success/account-analysis.json";
  private static final String EXPORT = "responses/success/export-data-with-dimensions.json";
  private static final String EXPORT_TYPED = "responses/success/export-data-variant-type-more.json";

  @ParameterizedTest(name = "{1} {2}")
  @CsvSource({
    "LOGIN, " + LOGIN + ", body.accessToken",
    "LOGIN, " + LOGIN + ", body.refreshToken",
    "LOGIN, " + LOGIN + ", body.workspaceId",
    "ACCOUNT_ANALYSIS, " + ANALYSIS + ", body.yearlyAnalysis",
    "ACCOUNT_ANALYSIS, " + ANALYSIS + ", body.creditBalance",
    "ACCOUNT_ANALYSIS, " + ANALYSIS + ", body.yearlyAnalysis.numberOfGeneratedDesignVariations",
    "ACCOUNT_ANALYSIS, " + ANALYSIS + ", body.yearlyAnalysis.numberOfEditedDesigns",
    "ACCOUNT_ANALYSIS, " + ANALYSIS + ", body.yearlyAnalysis.numberOfDownloadedDesigns",
    "ACCOUNT_ANALYSIS, " + ANALYSIS + ", body.yearlyAnalysis.numberOfMedia",
    "ACCOUNT_ANALYSIS, " + ANALYSIS + ", body.yearlyAnalysis.mediaSize",
    "ACCOUNT_ANALYSIS, " + ANALYSIS + ", body.monthlyAnalysis[0].numberOfMedia",
    "ACCOUNT_ANALYSIS, " + ANALYSIS + ", body.monthlyAnalysis[0].mediaSize",
    "ACCOUNT_ANALYSIS, " + ANALYSIS + ", body.creditBalance.availableCredits",
    "ACCOUNT_ANALYSIS, " + ANALYSIS + ", body.creditBalance.usedCredits",
    "ACCOUNT_ANALYSIS, " + ANALYSIS + ", body.monthlyAnalysis",
    "EXPORT, " + EXPORT + ", body.variants",
    "EXPORT, " + EXPORT + ", body.media",
    "EXPORT, " + EXPORT + ", body.content",
    "EXPORT, " + EXPORT + ", body.variants[0].variantId",
    "EXPORT, " + EXPORT + ", body.variants[0].variantImageUrl",
    "EXPORT, " + EXPORT + ", body.variants[0].variantEditLink",
    "EXPORT, " + EXPORT + ", body.media[0].url",
    "EXPORT, " + EXPORT + ", body.media[0].type",
    "EXPORT, " + EXPORT + ", body.content[0].title",
  })
  void namesAMissingRequiredField(Decoders decoder, String fixture, String field) {
    byte[] json = edit(fixture, field, (parent, name) -> parent.remove(name));

    assertThatThrownBy(() -> decoder.decode(json, 200))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining(field + " is missing");
  }

  @ParameterizedTest(name = "{1} {2}")
  @CsvSource({
    "LOGIN, " + LOGIN + ", body.accessToken",
    "LOGIN, " + LOGIN + ", body.workspaceId",
    "ACCOUNT_ANALYSIS, " + ANALYSIS + ", body.yearlyAnalysis",
    "ACCOUNT_ANALYSIS, " + ANALYSIS + ", body.creditBalance",
    "ACCOUNT_ANALYSIS, " + ANALYSIS + ", body.yearlyAnalysis.mediaSize",
    "EXPORT, " + EXPORT + ", body.variants[0].variantId",
    "EXPORT, " + EXPORT + ", body.media[0].url",
    "EXPORT, " + EXPORT + ", body.content[0].title",
  })
  void rejectsANullRequiredField(Decoders decoder, String fixture, String field) {
    byte[] json = edit(fixture, field, (parent, name) -> parent.add(name, JsonNull.INSTANCE));

    assertThatThrownBy(() -> decoder.decode(json, 200))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining(field);
  }

  @ParameterizedTest(name = "{1} {2} = {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "LOGIN | " + LOGIN + " | body.accessToken | 97026520",
        "LOGIN | " + LOGIN + " | body.refreshToken | {\"token\":\"x\"}",
        "LOGIN | " + LOGIN + " | body.workspaceId | [\"w\"]",
        "LOGIN | " + LOGIN + " | body.workspaceId | true",
        "ACCOUNT_ANALYSIS | " + ANALYSIS + " | body.yearlyAnalysis | []",
        "ACCOUNT_ANALYSIS | " + ANALYSIS + " | body.yearlyAnalysis | \"254\"",
        "ACCOUNT_ANALYSIS | " + ANALYSIS + " | body.monthlyAnalysis | {}",
        "ACCOUNT_ANALYSIS | " + ANALYSIS + " | body.monthlyAnalysis[0] | 54",
        "ACCOUNT_ANALYSIS | " + ANALYSIS + " | body.yearlyAnalysis.numberOfMedia | \"25\"",
        "ACCOUNT_ANALYSIS | " + ANALYSIS + " | body.yearlyAnalysis.mediaSize | 25",
        "ACCOUNT_ANALYSIS | " + ANALYSIS + " | body.creditBalance | 100",
        "ACCOUNT_ANALYSIS | " + ANALYSIS + " | body.creditBalance.usedCredits | \"20\"",
        "ACCOUNT_ANALYSIS | " + ANALYSIS + " | body.lastAccessed | \"2011-12-31T06:17:02Z\"",
        "EXPORT | " + EXPORT + " | body.variants | {}",
        "EXPORT | " + EXPORT + " | body.media | \"photo\"",
        "EXPORT | " + EXPORT + " | body.content[0] | \"heading\"",
        "EXPORT | " + EXPORT + " | body.variants[0].variantWidth | \"1080\"",
        "EXPORT | " + EXPORT_TYPED + " | body.variants[0].variantType | 1",
        "EXPORT | " + EXPORT + " | body.content[0].bulletlist | \"1, 2\"",
        "EXPORT | " + EXPORT + " | body.content[0].bulletlist[0] | 1",
        "EXPORT | " + EXPORT + " | body.content[0].subtitle | []",
        "EXPORT | " + EXPORT + " | body.next | true",
        "EXPORT | " + EXPORT + " | body.next | \"0\"",
      })
  void namesAFieldOfTheWrongType(Decoders decoder, String fixture, String field, String value) {
    byte[] json = edit(fixture, field, (parent, name) -> replace(parent, name, JsonParser.parseString(value)));

    assertThatThrownBy(() -> decoder.decode(json, 200))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining(field + " must be");
  }

  @ParameterizedTest(name = "{1} {2} = {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ACCOUNT_ANALYSIS | " + ANALYSIS + " | body.yearlyAnalysis.numberOfGeneratedDesignVariations | -1",
        "ACCOUNT_ANALYSIS | " + ANALYSIS + " | body.yearlyAnalysis.numberOfEditedDesigns | 46.5",
        "ACCOUNT_ANALYSIS | " + ANALYSIS + " | body.yearlyAnalysis.numberOfDownloadedDesigns | 24.0",
        "ACCOUNT_ANALYSIS | " + ANALYSIS + " | body.yearlyAnalysis.numberOfMedia | 2.5e1",
        "ACCOUNT_ANALYSIS | " + ANALYSIS + " | body.yearlyAnalysis.numberOfMedia | 1e400",
        "ACCOUNT_ANALYSIS | " + ANALYSIS + " | body.monthlyAnalysis[0].numberOfMedia | 9223372036854775808",
        "ACCOUNT_ANALYSIS | " + ANALYSIS + " | body.monthlyAnalysis[0].numberOfMedia | -9223372036854775809",
        "ACCOUNT_ANALYSIS | " + ANALYSIS + " | body.creditBalance.availableCredits | 100.25",
        "ACCOUNT_ANALYSIS | " + ANALYSIS + " | body.creditBalance.availableCredits | 123456789012345678901234567890",
        "ACCOUNT_ANALYSIS | " + ANALYSIS + " | body.lastAccessed | -1325312222",
        "ACCOUNT_ANALYSIS | " + ANALYSIS + " | body.lastAccessed | 9223372036854775807",
        "ACCOUNT_ANALYSIS | " + ANALYSIS + " | body.lastAccessed | 1325312222.5",
        "EXPORT | " + EXPORT + " | body.variants[0].variantWidth | -1080",
        "EXPORT | " + EXPORT + " | body.variants[0].variantHeight | 1000001",
        "EXPORT | " + EXPORT + " | body.variants[0].variantHeight | 1080.5",
        "EXPORT | " + EXPORT + " | body.variants[0].variantWidth | 4294968376",
        "EXPORT | " + EXPORT + " | body.next | 2",
        "EXPORT | " + EXPORT + " | body.next | -1",
        "EXPORT | " + EXPORT + " | body.next | 0.5",
        "EXPORT | " + EXPORT + " | body.next | 1e0",
      })
  void rejectsANumberThatIsNotAWholeNumberInRange(Decoders decoder, String fixture, String field, String value) {
    byte[] json = edit(fixture, field, (parent, name) -> replace(parent, name, JsonParser.parseString(value)));

    assertThatThrownBy(() -> decoder.decode(json, 200))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining(field + " must be")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
  }

  @Test
  void abbreviatesAHugeNumberInsteadOfQuotingIt() {
    String digits = "9".repeat(1000);
    byte[] json = edit(ANALYSIS, "body.creditBalance.usedCredits", (p, n) -> replace(p, n, JsonParser.parseString(digits)));

    assertThatThrownBy(() -> Decoders.ACCOUNT_ANALYSIS.decode(json, 200))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("body.creditBalance.usedCredits")
        .hasMessageContaining("1000 characters")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
  }

  @Test
  void rejectsASuccessWithoutABody() {
    for (Decoders decoder : Decoders.values()) {
      assertThatThrownBy(() -> decoder.decode(utf8("{\"status\":200}"), 200))
          .as("%s", decoder)
          .isInstanceOf(CodecException.class)
          .hasMessageContaining("body is missing");
    }
  }

  @Test
  void rejectsASuccessBodyThatIsNotAnObject() {
    for (Decoders decoder : Decoders.values()) {
      for (String body : new String[] {"null", "[]", "\"ok\"", "200", "true"}) {
        assertThatThrownBy(() -> decoder.decode(utf8("{\"status\":200,\"body\":" + body + "}"), 200))
            .as("%s %s", decoder, body)
            .isInstanceOf(CodecException.class)
            .hasMessageContaining("body must be an object");
      }
    }
  }

  @Test
  void rejectsASuccessMessageThatIsNotAString() {
    assertThatThrownBy(() -> Decoders.MESSAGE.decode(utf8("{\"status\":200,\"body\":{\"message\":1}}"), 200))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("body.message must be a string");
  }

  @Test
  void rejectsBlankOrControlCharacterTokens() {
    String[] tokens = {"\"\"", "\"   \"", "\"abc\\ndef\"", "\"abc\\u0000\""};
    for (String token : tokens) {
      byte[] json = edit(LOGIN, "body.accessToken", (p, n) -> replace(p, n, JsonParser.parseString(token)));

      assertThatThrownBy(() -> Decoders.LOGIN.decode(json, 200))
          .as(token)
          .isInstanceOf(CodecException.class)
          .hasMessageContaining("accessToken");
    }
  }

  @ParameterizedTest
  @CsvSource({"\"200\"", "200.0", "2e2", "null", "true", "{}", "99", "600", "-200", "0", "4294967496"})
  void rejectsAnEnvelopeStatusThatIsNotAnHttpStatus(String status) {
    for (Decoders decoder : Decoders.values()) {
      assertThatThrownBy(() -> decoder.decode(utf8("{\"status\":" + status + ",\"body\":{}}"), 200))
          .as("%s", decoder)
          .isInstanceOf(CodecException.class)
          .hasMessageContaining("status must be");
    }
  }

  /** The fixture with {@code change} applied to the named field, given as a dotted path with indexes. */
  private static byte[] edit(String fixture, String field, FieldChange change) {
    JsonObject root = Fixtures.object(fixture);
    String[] steps = field.split("\\.");
    JsonElement at = root;
    for (int i = 0; i < steps.length - 1; i++) {
      at = step(at, steps[i]);
    }
    String last = steps[steps.length - 1];
    int bracket = last.indexOf('[');
    if (bracket >= 0) {
      JsonArray array = step(at, last.substring(0, bracket)).getAsJsonArray();
      int index = Integer.parseInt(last.substring(bracket + 1, last.length() - 1));
      array.set(index, changed(array.get(index), change));
    } else {
      JsonObject parent = at.getAsJsonObject();
      assertThat(parent.has(last)).as("fixture %s has %s", fixture, field).isTrue();
      change.apply(parent, last);
    }
    return utf8(root.toString());
  }

  private static JsonElement changed(JsonElement element, FieldChange change) {
    JsonObject holder = new JsonObject();
    holder.add("x", element);
    change.apply(holder, "x");
    return holder.has("x") ? holder.get("x") : JsonNull.INSTANCE;
  }

  private static JsonElement step(JsonElement at, String step) {
    int bracket = step.indexOf('[');
    if (bracket < 0) {
      return at.getAsJsonObject().get(step);
    }
    JsonElement array = at.getAsJsonObject().get(step.substring(0, bracket));
    return array.getAsJsonArray().get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
  }

  private static void replace(JsonObject parent, String name, JsonElement value) {
    parent.add(name, value);
  }

  @FunctionalInterface
  private interface FieldChange {
    void apply(JsonObject parent, String name);
  }
}
