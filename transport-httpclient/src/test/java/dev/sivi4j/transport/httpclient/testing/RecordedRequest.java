package dev.sivi4j.transport.httpclient.testing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A request as the server received it.
 *
 * @param method the method
 * @param path the raw path
 * @param headers every header by lower-case name, all values in order
 * @param body the body
 */
public record RecordedRequest(String method, String path, Map<String, List<String>> headers, byte[] body) {
  /** The single value of a header, or null if it is absent. */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The body parsed as a JSON object. */
  public JsonObject json() {
    return JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
  }
}
