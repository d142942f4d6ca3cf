package dev.sivi4j.json.gson.internal;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonToken;
import dev.sivi4j.error.CodecException;
import dev.sivi4j.spi.Envelope;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code {"status": .., "body": ..}} envelope in one streaming pass when {@code status} comes
 * first, as the service writes it; a body that comes first is kept as a tree until the status is known.
 */
final class Envelopes {
  private static final TypeAdapter<JsonElement> TREE = new Gson().getAdapter(JsonElement.class);

  private Envelopes() {}

  static <T> Envelope<T> read(byte[] json, int httpStatus, WireReader.Body<T> successBody)
      throws CodecException {
    if (json.length == 0) {
      throw new CodecException("the response body is empty", null);
    }
    return WireReader.of(json).read("the response", reader -> envelope(reader, httpStatus, successBody));
  }

  private static <T> Envelope<T> envelope(WireReader reader, int httpStatus, WireReader.Body<T> successBody)
      throws IOException, CodecException {
    reader.beginObject("the response");
    int status = 0;
    boolean sawBody = false;
    T body = null;
    String message = null;
    JsonElement deferredBody = null;
    while (reader.json().hasNext()) {
      switch (reader.json().nextName()) {
        case "status" -> status = (int) reader.wholeNumber("status", 100, 599);
        case "body" -> {
          sawBody = true;
          if (status == 0) {
            deferredBody = TREE.read(reader.json());
          } else if (isSuccess(status)) {
            body = successBody.read(reader);
          } else {
            message = message(reader);
          }
        }
        default -> reader.skipValue();
      }
    }
    reader.json().endObject();
    reader.expectEnd();
    if (status == 0 && !sawBody) {
      throw new CodecException("the response is JSON but not a Sivi envelope (no status, no body)", null);
    }
    boolean success = isSuccess(status != 0 ? status : httpStatus);
    if (deferredBody != null) {
      WireReader later = WireReader.of(deferredBody.toString());
      if (success) {
        body = later.read("body", successBody);
      } else {
        message = later.read("body", Envelopes::message);
      }
    }
    if (!success) {
      return Envelope.failure(status, message);
    }
    return Envelope.success(status, WireReader.require(body, "body"));
  }

  private static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }

  /** An error body's message, read tolerantly: anything but a string message is no message. */
  private static @Nullable String message(WireReader reader) throws IOException {
    if (reader.peek() != JsonToken.BEGIN_OBJECT) {
      reader.skipValue();
      return null;
    }
    String message = null;
    reader.json().beginObject();
    while (reader.json().hasNext()) {
      if (reader.json().nextName().equals("message") && reader.peek() == JsonToken.STRING) {
        message = reader.json().nextString();
      } else {
        reader.skipValue();
      }
    }
    reader.json().endObject();
    return message;
  }
}
