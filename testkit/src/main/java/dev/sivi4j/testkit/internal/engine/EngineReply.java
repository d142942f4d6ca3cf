package dev.sivi4j.testkit.internal.engine;

import com.google.gson.JsonObject;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The engine's answer: an HTTP status equal to the envelope status, and the enveloped JSON body.
 *
 * @param status the status
 * @param body the whole envelope, UTF-8 JSON
 * @param message the error message, or null on success
 */
public record EngineReply(int status, byte[] body, @Nullable String message) {
  /** Validates the fields. */
  public EngineReply {
    Objects.requireNonNull(body, "body");
  }

  /**
   * A success.
   *
   * @param body the envelope's body
   * @return the reply
   */
  public static EngineReply ok(JsonObject body) {
    return new EngineReply(200, Json.envelope(200, body), null);
  }

  /**
   * A success whose body is {@code {"message": ...}}.
   *
   * @param message the message
   * @return the reply
   */
  public static EngineReply okMessage(String message) {
    JsonObject body = new JsonObject();
    body.addProperty("message", message);
    return ok(body);
  }

  /**
   * An error {@code {"status": status, "body": {"message": message}}}.
   *
   * @param status the status
   * @param message the message
   * @return the reply
   */
  public static EngineReply error(int status, String message) {
    JsonObject body = new JsonObject();
    body.addProperty("message", message);
    return new EngineReply(status, Json.envelope(status, body), message);
  }
}
