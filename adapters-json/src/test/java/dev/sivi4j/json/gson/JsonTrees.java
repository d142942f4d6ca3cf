package dev.sivi4j.json.gson;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Compares JSON trees field by field, naming the path of the first difference: same names (nothing
 * extra, nothing missing), same JSON types, numbers written the same way ({@code 100}, never {@code
 * 100.0}).
 */
final class JsonTrees {
  private JsonTrees() {}

  static void assertSameJson(byte[] actual, JsonElement expected) {
    compare("$", Fixtures.parse(actual), expected);
  }

  private static void compare(String path, JsonElement actual, JsonElement expected) {
    if (expected.isJsonObject()) {
      assertThat(actual.isJsonObject()).as("%s is an object (was %s)", path, actual).isTrue();
      JsonObject want = expected.getAsJsonObject();
      JsonObject got = actual.getAsJsonObject();
      assertThat(got.keySet()).as("names in %s", path).containsExactlyInAnyOrderElementsOf(want.keySet());
      for (String name : want.keySet()) {
        compare(path + "." + name, got.get(name), want.get(name));
      }
    } else if (expected.isJsonArray()) {
      assertThat(actual.isJsonArray()).as("%s is an array (was %s)", path, actual).isTrue();
      JsonArray want = expected.getAsJsonArray();
      JsonArray got = actual.getAsJsonArray();
      assertThat(got.size()).as("size of %s", path).isEqualTo(want.size());
      for (int i = 0; i < want.size(); i++) {
        compare(path + "[" + i + "]", got.get(i), want.get(i));
      }
    } else if (expected.isJsonPrimitive()) {
      assertThat(actual.isJsonPrimitive()).as("%s is a primitive (was %s)", path, actual).isTrue();
      JsonPrimitive want = expected.getAsJsonPrimitive();
      JsonPrimitive got = actual.getAsJsonPrimitive();
      assertThat(kind(got)).as("JSON type of %s", path).isEqualTo(kind(want));
      assertThat(got.getAsString()).as("value of %s", path).isEqualTo(want.getAsString());
    } else {
      assertThat(actual.isJsonNull()).as("%s is null", path).isTrue();
    }
  }

  private static String kind(JsonPrimitive value) {
    return value.isNumber() ? "number" : value.isBoolean() ? "boolean" : "string";
  }
}
