package dev.sivi4j.testkit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.error.TransportException;
import dev.sivi4j.spi.Header;
import dev.sivi4j.spi.SiviTransport;
import dev.sivi4j.spi.TransportRequest;
import dev.sivi4j.spi.TransportResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Sends hand-written requests through a transport, for tests of what the client would never send. */
final class Raw {
  private final SiviTransport transport;
  private final URI base;

  Raw(SiviTransport transport, URI base) {
    this.transport = transport;
    this.base = base;
  }

  static Raw inProcess(FakeSivi fake) {
    return new Raw(fake.blockingTransport(), URI.create("https://fake-sivi.invalid"));
  }

  /** Posts {@code json} to {@code /api/prod/v2/<path>} with the key, if any. */
  Reply post(String path, @Nullable String key, String json) {
    return send("/api/prod/v2/" + path, key, json);
  }

  Reply send(String fullPath, @Nullable String key, String json) {
    List<Header> headers = new ArrayList<>();
    if (key != null) {
      headers.add(new Header("sivi-api-key", key, true));
    }
    headers.add(new Header("Content-Type", "application/json"));
    TransportRequest request =
        new TransportRequest(
            Operation.LOGIN_USER, 1, base.resolve(fullPath), headers, json.getBytes(StandardCharsets.UTF_8),
            Duration.ofSeconds(5), 1 << 20);
    try {
      return new Reply(transport.send(request));
    } catch (TransportException e) {
      throw new AssertionError("transport failed: " + e.kind(), e);
    }
  }

  /** A response read as an envelope. */
  record Reply(TransportResponse response) {
    int status() {
      return response.statusCode();
    }

    JsonObject envelope() {
      return JsonParser.parseString(new String(response.body(), StandardCharsets.UTF_8)).getAsJsonObject();
    }

    JsonObject body() {
      return envelope().getAsJsonObject("body");
    }

    String message() {
      return body().get("message").getAsString();
    }
  }
}
