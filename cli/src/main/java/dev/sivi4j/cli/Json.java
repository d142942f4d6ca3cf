package dev.sivi4j.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.UsageSummary;
import dev.sivi4j.domain.UserLogin;
import java.util.List;

/** The JSON the commands print with {@code --json}: field names follow the service's own. */
final class Json {
  private Json() {}

  static JsonObject login(UserLogin login) {
    JsonObject json = new JsonObject();
    json.addProperty("abstractUserId", login.user().id().value());
    json.addProperty("workspaceId", login.user().workspaceId());
    json.addProperty("accessToken", login.tokens().accessToken());
    json.addProperty("refreshToken", login.tokens().refreshToken());
    return json;
  }

  static JsonObject message(String userId, String message) {
    JsonObject json = new JsonObject();
    json.addProperty("abstractUserId", userId);
    json.addProperty("message", message);
    return json;
  }

  static JsonObject analysis(String userId, AccountAnalysis analysis) {
    JsonObject json = new JsonObject();
    json.addProperty("abstractUserId", userId);
    json.add("yearlyAnalysis", summary(analysis.yearly()));
    JsonArray months = new JsonArray();
    analysis.monthly().forEach(month -> months.add(summary(month)));
    json.add("monthlyAnalysis", months);
    JsonObject credits = new JsonObject();
    credits.addProperty("availableCredits", analysis.creditBalance().availableCredits());
    credits.addProperty("usedCredits", analysis.creditBalance().usedCredits());
    json.add("creditBalance", credits);
    analysis.lastAccessed().ifPresent(when -> json.addProperty("lastAccessed", when.toString()));
    return json;
  }

  private static JsonObject summary(UsageSummary summary) {
    JsonObject json = new JsonObject();
    json.addProperty("numberOfGeneratedDesignVariations", summary.generatedDesignVariations());
    json.addProperty("numberOfEditedDesigns", summary.editedDesigns());
    json.addProperty("numberOfDownloadedDesigns", summary.downloadedDesigns());
    json.addProperty("numberOfMedia", summary.media());
    json.addProperty("mediaSize", summary.mediaSize().text());
    return json;
  }

  /** One JSON Lines record per exported item, each naming its kind and window. */
  static List<JsonObject> exportRecords(ExportPage page) {
    List<JsonObject> records = new java.util.ArrayList<>();
    page.variants().forEach(v -> {
      JsonObject json = record("variant", page);
      json.addProperty("variantId", v.variantId());
      json.addProperty("variantImageUrl", v.imageUrl());
      json.addProperty("variantEditLink", v.editLink());
      v.width().ifPresent(width -> json.addProperty("variantWidth", width));
      v.height().ifPresent(height -> json.addProperty("variantHeight", height));
      v.type().ifPresent(type -> json.addProperty("variantType", type));
      records.add(json);
    });
    page.media().forEach(m -> {
      JsonObject json = record("media", page);
      json.addProperty("url", m.url());
      json.addProperty("type", m.type());
      records.add(json);
    });
    page.content().forEach(c -> {
      JsonObject json = record("content", page);
      json.addProperty("title", c.title());
      json.addProperty("subtitle", c.subtitle());
      JsonArray bullets = new JsonArray();
      c.bulletList().forEach(bullets::add);
      json.add("bulletlist", bullets);
      records.add(json);
    });
    return records;
  }

  private static JsonObject record(String kind, ExportPage page) {
    JsonObject json = new JsonObject();
    json.addProperty("kind", kind);
    json.addProperty("windowStart", page.windowStart().toString());
    json.addProperty("windowEnd", page.windowEnd().toString());
    if (!page.complete()) {
      json.addProperty("windowComplete", false);
    }
    return json;
  }
}
