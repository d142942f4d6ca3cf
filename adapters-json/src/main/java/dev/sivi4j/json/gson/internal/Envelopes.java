package dev.sivi4j.json.gson.internal;

import com.google.gson.stream.JsonToken;
import dev.sivi4j.error.CodecException;
import dev.sivi4j.spi.Envelope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code {"status": .., "body": ..}} envelope in one streaming pass when {@code status} comes
 * first, as the service writes it; a body that comes first is checked and skipped, then read in a second
 * pass once the status is known.
 */
final class Envelopes {
  private Envelopes() {}

  static <T> Envelope<T> read(byte[] json, int httpStatus, WireReader.Body<T> successBody)
      throws CodecException {
    if (json.length == 0) {
      throw new CodecException("the response body is empty", null);
    }
    String text = new String(json, StandardCharsets.UTF_8);
    return WireReader.of(text).read("the response", reader -> envelope(text, reader, httpStatus, successBody));
  }

  private static <T> Envelope<T> envelope(
      String text, WireReader reader, int httpStatus, WireReader.Body<T> successBody)
      throws IOException, CodecException {
    reader.beginObject("the response");
    int status = 0;
    boolean sawBody = false;
    boolean deferred = false;
    T body = null;
    String message = null;
    while (reader.json().hasNext()) {
      switch (reader.nextName()) {
        case "status" -> status = (int) reader.wholeNumber("status", 100, 599);
        case "body" -> {
          sawBody = true;
          if (status == 0) {
            deferred = true;
            reader.skipValue();
          } else if (isSuccess(status)) {
            body = successBody.read(reader);
          } else {
            message = message(reader);
          }
        }
        default -> reader.skipValue();
      }
    }
    reader.endObject();
    reader.expectEnd();
    if (status == 0 && !sawBody) {
      throw new CodecException("the response is JSON but not a Sivi envelope (no status, no body)", null);
    }
    boolean success = isSuccess(status != 0 ? status : httpStatus);
    if (deferred) {
      WireReader again = WireReader.of(text);
      if (success) {
        body = again.read("the response", r -> bodyOf(r, successBody));
      } else {
        message = again.read("the response", r -> bodyOf(r, Envelopes::message));
      }
    }
    if (!success) {
      return Envelope.failure(status, message);
    }
    return Envelope.success(status, WireReader.require(body, "body"));
  }

  /** The second pass over an envelope whose body came before its status: reads only the body. */
  private static <T> @Nullable T bodyOf(WireReader reader, WireReader.Body<T> body) throws IOException, CodecException {
    reader.beginObject("the response");
    T value = null;
    while (reader.json().hasNext()) {
      if (reader.nextName().equals("body")) {
        value = body.read(reader);
      } else {
        reader.skipValue();
      }
    }
    reader.endObject();
    return value;
  }

  private static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }

  /** An error body's message, read tolerantly: anything but a string message is no message. */
  private static @Nullable String message(WireReader reader) throws IOException, CodecException {
    if (reader.peek() != JsonToken.BEGIN_OBJECT) {
      reader.skipValue();
      return null;
    }
    String message = null;
    reader.beginObject("body");
    while (reader.json().hasNext()) {
      if (reader.nextName().equals("message") && reader.peek() == JsonToken.STRING) {
        message = reader.json().nextString();
      } else {
        reader.skipValue();
      }
    }
    reader.endObject();
    return message;
  }
}
