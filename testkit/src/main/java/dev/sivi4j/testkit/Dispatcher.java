package dev.sivi4j.testkit;

import com.google.gson.JsonObject;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.testkit.internal.engine.EngineReply;
import dev.sivi4j.testkit.internal.engine.Json;
import dev.sivi4j.testkit.internal.engine.Route;
import dev.sivi4j.testkit.internal.engine.SiviEngine;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one path every request takes, whatever face it came through: pick a fault, let the engine act
 * (or not), record the request in the journal, and hand the face what to deliver.
 */
final class Dispatcher {
  private final SiviEngine engine;
  private final Faults faults;
  private final Journal journal;
  private final FakeClock clock;

  Dispatcher(SiviEngine engine, Faults faults, Journal journal, FakeClock clock) {
    this.engine = engine;
    this.faults = faults;
    this.journal = journal;
    this.clock = clock;
  }

  /**
   * Handles one request.
   *
   * @param face how it arrived
   * @param method the HTTP method
   * @param path the path, without query
   * @param headers request headers by lower-case name
   * @param body the body
   * @return what to deliver
   */
  Exchange exchange(Face face, String method, String path, Map<String, String> headers, byte[] body) {
    Instant at = clock.instant();
    String key = headers.get("sivi-api-key");
    String accountId = engine.accountIdForKey(key);
    Route route = Route.parse(path);
    Operation operation = route == null ? null : route.operation();
    boolean utf8 = Json.isUtf8(body);
    JsonObject json = utf8 ? Json.parseObject(body) : null;
    String userId = json == null ? null : SiviEngine.validUserId(Json.string(json, "abstractUserId"));
    InjectedFault injected = faults.select(operation, userId, accountId);
    Fault fault = injected == null ? null : injected.rule().fault();
    EngineReply reply = null;
    if (injected == null || injected.rule().handledFirst()) {
      reply = engine.handle(method, path, key, json, utf8);
    }
    Exchange exchange;
    if (fault != null && fault.replacesAnswer()) {
      exchange = FaultReplies.replacing(fault);
    } else {
      EngineReply answer = Objects.requireNonNull(reply);
      exchange = new Exchange(answer.status(), FaultReplies.JSON, answer.body(), fault);
    }
    String message =
        fault instanceof Fault.Status s
            ? s.message()
            : (fault != null && fault.replacesAnswer()) || reply == null ? null : reply.message();
    boolean handled = reply != null;
    // Built outside the journal's lock; only the numbering happens under it.
    Optional<String> environment = Optional.ofNullable(route == null ? null : route.environment());
    String maskedKey = mask(key);
    String text = redact(body, key);
    Map<String, String> recorded = RecordedRequest.recordable(headers);
    journal.record(
        sequence ->
            new RecordedRequest(
                sequence, at, face, method, path, environment, Optional.ofNullable(operation),
                Optional.ofNullable(accountId), maskedKey, Optional.ofNullable(userId), text, exchange.status(),
                Optional.ofNullable(message), Optional.ofNullable(fault), handled, recorded));
    return exchange;
  }

  /** {@code ***} and, for keys of 16 characters or more, the last four. */
  static String mask(@Nullable String key) {
    if (key == null) {
      return "(none)";
    }
    return key.length() >= 16 ? "***" + key.substring(key.length() - 4) : "***";
  }

  private static String redact(byte[] body, @Nullable String key) {
    String text = new String(body, StandardCharsets.UTF_8);
    return key != null && !key.isEmpty() && text.contains(key) ? text.replace(key, "***") : text;
  }
}
