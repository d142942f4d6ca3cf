package dev.sivi4j.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.sivi4j.testkit.internal.engine.Json;
import dev.sivi4j.testkit.internal.error.BadField;
import dev.sivi4j.testkit.internal.http.HttpReply;
import dev.sivi4j.testkit.internal.http.HttpRequestData;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The control API of {@link FakeSiviServer} under {@code /_fake/}: what the Java API does to a fake, in JSON over
 * HTTP, for test suites in any language. Requests are accepted only with a loopback {@code Host}
 * ({@code 127.0.0.1}, {@code localhost} or {@code [::1]}), so a web page cannot reach it through DNS rebinding.
 * Each request is read whole and validated before anything changes; a bad one gets {@code 400} with
 * {@code {"error": .., "field": ..}}.
 */
final class ControlApi {
  static final String PREFIX = "/_fake";
  private static final String JSON = "application/json";

  private final FakeSivi fake;

  ControlApi(FakeSivi fake) {
    this.fake = fake;
  }

  static boolean handles(String path) {
    return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
  }

  HttpReply handle(HttpRequestData request) {
    if (!loopbackHost(request.header("host"))) {
      return error(403, "host", "the control API answers only requests addressed to a loopback host");
    }
    String path = request.pathWithoutQuery();
    String method = request.method();
    try {
      return switch (path) {
        case PREFIX, PREFIX + "/" -> only(method, "GET") ? index() : notAllowed("GET");
        case PREFIX + "/usage" -> only(method, "POST") ? usage(request) : notAllowed("POST");
        case PREFIX + "/clock" -> only(method, "GET") ? clock() : notAllowed("GET");
        case PREFIX + "/clock/advance" -> only(method, "POST") ? advance(request) : notAllowed("POST");
        case PREFIX + "/faults" -> switch (method) {
          case "POST" -> addFault(request);
          case "GET" -> faults();
          case "DELETE" -> clearFaults();
          default -> notAllowed("GET, POST, DELETE");
        };
        case PREFIX + "/journal" -> switch (method) {
          case "GET" -> journal();
          case "DELETE" -> clearJournal();
          default -> notAllowed("GET, DELETE");
        };
        case PREFIX + "/reset" -> only(method, "POST") ? reset() : notAllowed("POST");
        case PREFIX + "/accounts" -> only(method, "GET") ? accounts() : notAllowed("GET");
        default -> error(404, null, "no control endpoint " + path + "; GET " + PREFIX + " lists them");
      };
    } catch (BadField e) {
      return error(400, e.field(), e.getMessage());
    }
  }

  private HttpReply index() {
    JsonArray endpoints = new JsonArray();
    for (String e : new String[] {"POST /_fake/usage", "GET /_fake/clock", "POST /_fake/clock/advance",
        "GET /_fake/faults", "POST /_fake/faults", "DELETE /_fake/faults", "GET /_fake/journal",
        "DELETE /_fake/journal", "POST /_fake/reset", "GET /_fake/accounts"}) {
      endpoints.add(e);
    }
    JsonObject out = new JsonObject();
    out.add("endpoints", endpoints);
    return ok(out);
  }

  private HttpReply usage(HttpRequestData request) throws BadField {
    String key = request.header("sivi-api-key");
    if (key == null || key.isEmpty()) {
      throw new BadField("sivi-api-key", "the sivi-api-key header is required: it names the account");
    }
    JsonObject json = body(request);
    FakeAccount account = fake.accounts().stream().filter(a -> a.secret().equals(key)).findFirst().orElse(null);
    if (account == null) {
      return error(401, "sivi-api-key", "sivi-api-key is not a key of this fake");
    }
    var userId = ControlRequests.userId(json, "abstractUserId");
    Usage usage = ControlRequests.usage(json);
    UsageResult result = fake.recordUsage(account, userId, usage);
    JsonObject out = new JsonObject();
    out.addProperty("status", result.status());
    out.addProperty("message", result.message());
    out.addProperty("accountId", account.id());
    out.addProperty("abstractUserId", userId.value());
    out.addProperty("credits", usage.credits());
    return reply(result.status(), out);
  }

  private HttpReply clock() {
    JsonObject out = new JsonObject();
    out.addProperty("now", fake.clock().instant().toString());
    out.addProperty("fixed", fake.clock().isFixed());
    return ok(out);
  }

  private HttpReply advance(HttpRequestData request) throws BadField {
    long seconds = ControlRequests.seconds(body(request));
    fake.clock().advance(Duration.ofSeconds(seconds));
    return clock();
  }

  private HttpReply addFault(HttpRequestData request) throws BadField {
    FaultRule rule = ControlRequests.faultRule(body(request), fake.accounts());
    fake.faults().inject(rule);
    JsonObject out = new JsonObject();
    out.addProperty("rule", rule.toString());
    out.addProperty("injected", fake.faults().injected().size());
    return reply(201, out);
  }

  private HttpReply faults() {
    JsonArray rules = new JsonArray();
    for (InjectedFault injected : fake.faults().injected()) {
      JsonObject rule = new JsonObject();
      rule.addProperty("rule", injected.rule().toString());
      rule.addProperty("timesApplied", injected.timesApplied());
      rule.addProperty("spent", injected.isSpent());
      rules.add(rule);
    }
    JsonObject out = new JsonObject();
    out.add("faults", rules);
    return ok(out);
  }

  private HttpReply clearFaults() {
    int count = fake.faults().injected().size();
    fake.faults().clear();
    JsonObject out = new JsonObject();
    out.addProperty("cleared", count);
    return ok(out);
  }

  private HttpReply journal() {
    JsonArray requests = new JsonArray();
    for (RecordedRequest r : fake.journal().requests()) {
      JsonObject entry = new JsonObject();
      entry.addProperty("sequence", r.sequence());
      entry.addProperty("time", r.time().toString());
      entry.addProperty("face", r.face().name().toLowerCase(Locale.ROOT));
      entry.addProperty("method", r.method());
      entry.addProperty("path", r.path());
      r.environment().ifPresent(v -> entry.addProperty("environment", v));
      r.operation().ifPresent(v -> entry.addProperty("operation", v.endpoint()));
      r.accountId().ifPresent(v -> entry.addProperty("accountId", v));
      entry.addProperty("maskedKey", r.maskedKey());
      r.userId().ifPresent(v -> entry.addProperty("abstractUserId", v));
      entry.addProperty("body", r.body());
      entry.addProperty("status", r.status());
      r.message().ifPresent(v -> entry.addProperty("message", v));
      r.fault().ifPresent(v -> entry.addProperty("fault", v.toString()));
      entry.addProperty("handled", r.handled());
      requests.add(entry);
    }
    JsonObject out = new JsonObject();
    out.addProperty("requestCount", fake.journal().requestCount());
    out.add("requests", requests);
    return ok(out);
  }

  private HttpReply clearJournal() {
    fake.journal().clear();
    JsonObject out = new JsonObject();
    out.addProperty("cleared", true);
    return ok(out);
  }

  private HttpReply reset() {
    fake.reset();
    JsonObject out = new JsonObject();
    out.addProperty("reset", true);
    return ok(out);
  }

  private HttpReply accounts() {
    JsonArray list = new JsonArray();
    for (FakeAccount account : fake.accounts()) {
      CreditPool pool = fake.creditPool(account);
      JsonObject entry = new JsonObject();
      entry.addProperty("accountId", account.id());
      entry.addProperty("kind", account.kind().name());
      entry.addProperty("key", account.secret());
      JsonObject credits = new JsonObject();
      credits.addProperty("creditsPerCycle", pool.creditsPerCycle());
      credits.addProperty("usedCredits", pool.usedCredits());
      credits.addProperty("cycleStart", pool.cycleStart().toString());
      credits.addProperty("cycleEnd", pool.cycleEnd().toString());
      entry.add("pool", credits);
      list.add(entry);
    }
    JsonObject out = new JsonObject();
    out.add("accounts", list);
    return ok(out);
  }

  private static JsonObject body(HttpRequestData request) throws BadField {
    byte[] bytes = request.body();
    if (!Json.isUtf8(bytes)) {
      throw new BadField("body", "the body is not valid UTF-8");
    }
    JsonObject json = Json.parseObject(bytes);
    if (json == null) {
      throw new BadField("body", "the body must be one JSON object");
    }
    return json;
  }

  private static boolean only(String method, String allowed) {
    return method.equals(allowed) || (allowed.equals("GET") && method.equals("HEAD"));
  }

  static boolean loopbackHost(@Nullable String host) {
    if (host == null) {
      return true; // HTTP/1.0 without Host: the socket is loopback-only anyway
    }
    String name = host.startsWith("[") ? host.substring(0, Math.max(1, host.indexOf(']') + 1))
        : host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
    name = name.toLowerCase(Locale.ROOT);
    return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
  }

  private static HttpReply notAllowed(String allow) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", JSON);
    headers.put("Allow", allow);
    return new HttpReply(405, headers, errorBody(null, "method not allowed; allowed: " + allow), null);
  }

  private static HttpReply ok(JsonObject out) {
    return reply(200, out);
  }

  private static HttpReply reply(int status, JsonObject out) {
    return HttpReply.of(status, JSON, out.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static HttpReply error(int status, @Nullable String field, String message) {
    return HttpReply.of(status, JSON, errorBody(field, message));
  }

  private static byte[] errorBody(@Nullable String field, String message) {
    JsonObject out = new JsonObject();
    out.addProperty("error", message);
    if (field != null) {
      out.addProperty("field", field);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
