package dev.sivi4j.testkit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.testkit.internal.error.BadField;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON bodies of the control API into testkit values, all or nothing: the first bad member throws
 * {@link BadField} naming it, before anything is applied.
 */
final class ControlRequests {
  static final Set<String> USAGE_FIELDS = Set.of("abstractUserId", "numberOfGeneratedDesignVariations",
      "numberOfEditedDesigns", "numberOfDownloadedDesigns", "numberOfMedia", "mediaBytes",
      "numberOfContentSnippets", "credits");
  static final Set<String> FAULT_FIELDS = Set.of("kind", "status", "message", "operation", "user", "account",
      "times", "always", "probability", "seed", "afterHandling", "bytes", "millis", "chunkBytes");
  static final List<String> FAULT_KINDS = List.of("status", "html", "malformed", "empty", "truncated", "oversized",
      "latency", "stall", "slowBody", "reset", "closeAfterRequest", "closeAfterResponse", "garbage");

  private ControlRequests() {}

  static void onlyKnown(JsonObject json, Set<String> known) throws BadField {
    for (String name : json.keySet()) {
      if (!known.contains(name)) {
        throw new BadField(name, name + " is not a known field (known: " + known.stream().sorted().toList() + ")");
      }
    }
  }

  static Usage usage(JsonObject json) throws BadField {
    onlyKnown(json, USAGE_FIELDS);
    int generated = count(json, "numberOfGeneratedDesignVariations");
    int edited = count(json, "numberOfEditedDesigns");
    int downloaded = count(json, "numberOfDownloadedDesigns");
    int media = count(json, "numberOfMedia");
    int snippets = count(json, "numberOfContentSnippets");
    long bytes = longValue(json, "mediaBytes", 0, 0, Long.MAX_VALUE);
    if (media == 0 && bytes > 0) {
      throw new BadField("mediaBytes", "mediaBytes must be 0 when numberOfMedia is 0 (was " + bytes + ")");
    }
    Usage.Builder builder = Usage.builder().generatedVariations(generated).editedDesigns(edited)
        .downloadedDesigns(downloaded).media(media, bytes).contentSnippets(snippets);
    if (json.has("credits")) {
      builder.credits(longValue(json, "credits", 0, 0, Long.MAX_VALUE));
    }
    return builder.build();
  }

  static AbstractUserId userId(JsonObject json, String field) throws BadField {
    String value = string(json, field);
    if (value == null) {
      throw new BadField(field, field + " is required and must be a string");
    }
    try {
      return AbstractUserId.of(value);
    } catch (IllegalArgumentException e) {
      throw new BadField(field, field + ": " + e.getMessage());
    }
  }

  static long seconds(JsonObject json) throws BadField {
    onlyKnown(json, Set.of("seconds"));
    if (!json.has("seconds")) {
      throw new BadField("seconds", "seconds is required");
    }
    return longValue(json, "seconds", 0, 0, 100L * 366 * 24 * 3600);
  }

  static FaultRule faultRule(JsonObject json, List<FakeAccount> accounts) throws BadField {
    onlyKnown(json, FAULT_FIELDS);
    FaultRule rule = FaultRule.of(fault(json));
    if (json.has("operation")) {
      String endpoint = string(json, "operation");
      try {
        rule = rule.operation(Operation.forEndpoint(endpoint == null ? "" : endpoint));
      } catch (IllegalArgumentException e) {
        throw new BadField("operation", "operation must be an endpoint name such as login-user (was "
            + json.get("operation") + ")");
      }
    }
    if (json.has("user")) {
      rule = rule.user(userId(json, "user"));
    }
    if (json.has("account")) {
      String id = string(json, "account");
      FakeAccount account = accounts.stream().filter(a -> a.id().equals(id)).findFirst()
          .orElseThrow(() -> new BadField("account", "account must be an account id of this fake (was "
              + json.get("account") + ")"));
      rule = rule.account(account);
    }
    boolean always = bool(json, "always");
    if (always && json.has("times")) {
      throw new BadField("times", "times and always exclude each other");
    }
    if (always) {
      rule = rule.always();
    } else if (json.has("times")) {
      rule = rule.times((int) longValue(json, "times", 1, 1, Integer.MAX_VALUE));
    }
    if (json.has("probability")) {
      JsonElement p = json.get("probability");
      if (!(p instanceof JsonPrimitive primitive) || !primitive.isNumber()
          || !(primitive.getAsDouble() >= 0 && primitive.getAsDouble() <= 1)) {
        throw new BadField("probability", "probability must be a number from 0 to 1 (was " + p + ")");
      }
      rule = rule.withProbability(primitive.getAsDouble(), longValue(json, "seed", 0, Long.MIN_VALUE, Long.MAX_VALUE));
    } else if (json.has("seed")) {
      throw new BadField("seed", "seed only goes with probability");
    }
    if (bool(json, "afterHandling")) {
      rule = rule.afterHandling();
    }
    return rule;
  }

  private static Fault fault(JsonObject json) throws BadField {
    String kind = string(json, "kind");
    if (kind == null || !FAULT_KINDS.contains(kind)) {
      throw new BadField("kind", "kind is required, one of " + FAULT_KINDS + " (was " + json.get("kind") + ")");
    }
    try {
      return switch (kind) {
        case "status" -> {
          int status = (int) required(json, "status", 200, 599);
          yield json.has("message") ? Fault.status(status, requiredString(json, "message")) : Fault.status(status);
        }
        case "html" -> Fault.htmlError((int) required(json, "status", 200, 599));
        case "malformed" -> Fault.malformedBody();
        case "empty" -> Fault.emptyBody();
        case "truncated" -> json.has("bytes")
            ? Fault.truncatedBody((int) longValue(json, "bytes", 0, 0, Integer.MAX_VALUE)) : Fault.truncatedBody();
        case "oversized" -> Fault.oversizedBody(required(json, "bytes", 1, Long.MAX_VALUE));
        case "latency" -> Fault.latency(Duration.ofMillis(required(json, "millis", 0, 3_600_000)));
        case "stall" -> Fault.stallBeforeHeaders();
        case "slowBody" -> Fault.slowBody(Duration.ofMillis(required(json, "millis", 0, 60_000)),
            (int) required(json, "chunkBytes", 1, Integer.MAX_VALUE));
        case "reset" -> Fault.reset();
        case "closeAfterRequest" -> Fault.closeAfterRequest();
        case "closeAfterResponse" -> Fault.closeAfterResponse();
        default -> Fault.garbageThenClose();
      };
    } catch (IllegalArgumentException e) {
      throw new BadField("kind", "the " + kind + " fault cannot be built: " + e.getMessage());
    }
  }

  private static long required(JsonObject json, String field, long min, long max) throws BadField {
    if (!json.has(field)) {
      throw new BadField(field, field + " is required for this kind");
    }
    return longValue(json, field, 0, min, max);
  }

  private static String requiredString(JsonObject json, String field) throws BadField {
    String value = string(json, field);
    if (value == null) {
      throw new BadField(field, field + " must be a string");
    }
    return value;
  }

  private static int count(JsonObject json, String field) throws BadField {
    return (int) longValue(json, field, 0, 0, 100_000);
  }

  private static long longValue(JsonObject json, String field, long absent, long min, long max) throws BadField {
    if (!json.has(field)) {
      return absent;
    }
    Long value = dev.sivi4j.testkit.internal.engine.Json.integer(json, field);
    if (value == null || value < min || value > max) {
      throw new BadField(field, field + " must be an integer from " + min + " to " + max + " (was " + json.get(field)
          + ")");
    }
    return value;
  }

  private static boolean bool(JsonObject json, String field) throws BadField {
    if (!json.has(field)) {
      return false;
    }
    if (json.get(field) instanceof JsonPrimitive p && p.isBoolean()) {
      return p.getAsBoolean();
    }
    throw new BadField(field, field + " must be true or false (was " + json.get(field) + ")");
  }

  private static @Nullable String string(JsonObject json, String field) {
    return dev.sivi4j.testkit.internal.engine.Json.string(json, field);
  }
}
