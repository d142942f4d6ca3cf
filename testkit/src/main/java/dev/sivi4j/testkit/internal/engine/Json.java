package dev.sivi4j.testkit.internal.engine;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Strict JSON reading of request bodies and writing of envelopes, with Gson. */
public final class Json {
  /** The largest request body the fake reads; larger ones are invalid input. */
  public static final int MAX_REQUEST_BYTES = 256 * 1024;

  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
  private static final TypeAdapter<JsonElement> ELEMENTS = GSON.getAdapter(JsonElement.class);
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,17})");

  private Json() {}

  /**
   * Parses a body that must be one strict JSON object and nothing else.
   *
   * @param body UTF-8 bytes
   * @return the object, or null if the body is not exactly one JSON object
   */
  public static @Nullable JsonObject parseObject(byte[] body) {
    if (body.length == 0 || body.length > MAX_REQUEST_BYTES) {
      return null;
    }
    // A String reader: an InputStreamReader would allocate an 8 KiB buffer for a 40-byte body.
    try (JsonReader reader = new JsonReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
      reader.setStrictness(Strictness.STRICT);
      JsonElement element = ELEMENTS.read(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT || !element.isJsonObject()) {
        return null;
      }
      return element.getAsJsonObject();
    } catch (IOException | JsonParseException | IllegalStateException e) {
      return null;
    }
  }

  /**
   * Whether bytes are valid UTF-8 (ASCII is checked without decoding).
   *
   * @param body the bytes
   * @return true when every byte sequence is well-formed UTF-8
   */
  public static boolean isUtf8(byte[] body) {
    for (byte b : body) {
      if (b < 0) {
        try {
          StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
              .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(body));
          return true;
        } catch (java.nio.charset.CharacterCodingException e) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A string member.
   *
   * @param object the object
   * @param name the member
   * @return its value, or null if absent or not a string
   */
  public static @Nullable String string(JsonObject object, String name) {
    JsonElement value = object.get(name);
    return value instanceof JsonPrimitive p && p.isString() ? p.getAsString() : null;
  }

  /**
   * A member that must be a number written as an integer literal (no fraction, no exponent).
   *
   * @param object the object
   * @param name the member
   * @return its value, or null if absent, not a number, not an integer literal or out of range
   */
  public static @Nullable Long integer(JsonObject object, String name) {
    JsonElement value = object.get(name);
    if (!(value instanceof JsonPrimitive p) || !p.isNumber()) {
      return null;
    }
    String text = p.getAsNumber().toString();
    return INTEGER.matcher(text).matches() ? Long.valueOf(text) : null;
  }

  /**
   * Writes the envelope {@code {"status": status, "body": body}}.
   *
   * @param status the status
   * @param body the body
   * @return UTF-8 bytes
   */
  public static byte[] envelope(int status, JsonObject body) {
    JsonObject envelope = new JsonObject();
    envelope.addProperty("status", status);
    envelope.add("body", body);
    return GSON.toJson(envelope).getBytes(StandardCharsets.UTF_8);
  }
}
