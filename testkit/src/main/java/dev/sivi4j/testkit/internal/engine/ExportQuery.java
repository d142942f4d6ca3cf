package dev.sivi4j.testkit.internal.engine;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * export-data, computed from the recorded activity.
 *
 * <p>{@code startDate} and {@code endDate} are Unix seconds written as JSON integers (the OpenAPI's
 * date strings are refused), the range is {@code [startDate, endDate)}, must not be empty and must
 * not exceed 90 days; anything else is 422 {@code Invalid input}. Items older than one year are not
 * exported. Each answer holds at most 300 variants, 300 media and 100 content items, oldest first;
 * when any list was cut, {@code next} is 1. The optional {@code exportType} may be {@code "all"} (the
 * default) or {@code "designs"} (variants only).
 */
final class ExportQuery {
  static final int MAX_VARIANTS = 300;
  static final int MAX_MEDIA = 300;
  static final int MAX_CONTENT = 100;
  static final long MAX_RANGE_SECONDS = Duration.ofDays(90).getSeconds();
  static final Duration HISTORY = Duration.ofDays(365);

  final long start;
  final long end;
  final boolean designsOnly;

  private ExportQuery(long start, long end, boolean designsOnly) {
    this.start = start;
    this.end = end;
    this.designsOnly = designsOnly;
  }

  /** Reads the request, or returns null if it is invalid. */
  static @Nullable ExportQuery parse(JsonObject body) {
    Long start = Json.integer(body, "startDate");
    Long end = Json.integer(body, "endDate");
    if (start == null || end == null || start < 0 || end <= start || end - start > MAX_RANGE_SECONDS) {
      return null;
    }
    String type = body.has("exportType") ? Json.string(body, "exportType") : "all";
    if (type == null || !(type.equals("all") || type.equals("designs"))) {
      return null;
    }
    return new ExportQuery(start, end, type.equals("designs"));
  }

  /** Builds the body. Caller holds the user's monitor. */
  JsonObject answer(EndUser user, Instant now) {
    long from = Math.max(start, now.minus(HISTORY).getEpochSecond());
    JsonArray variants = new JsonArray();
    JsonArray media = new JsonArray();
    JsonArray content = new JsonArray();
    boolean more = collect(user.activities, ActivityRecord::variants, from, variants, MAX_VARIANTS);
    if (!designsOnly) {
      more |= collect(user.activities, ActivityRecord::media, from, media, MAX_MEDIA);
      more |= collect(user.activities, ActivityRecord::content, from, content, MAX_CONTENT);
    }
    JsonObject body = new JsonObject();
    body.add("variants", variants);
    body.add("media", media);
    body.add("content", content);
    body.addProperty("next", more ? 1 : 0);
    return body;
  }

  /** Adds the items in range up to the cap; returns true if more were there. */
  private boolean collect(
      List<ActivityRecord> records, Function<ActivityRecord, List<Item>> items, long from, JsonArray out, int cap) {
    for (ActivityRecord record : records) {
      long at = record.at().getEpochSecond();
      if (at < from || at >= end) {
        continue;
      }
      for (Item item : items.apply(record)) {
        if (out.size() == cap) {
          return true;
        }
        out.add(item.json());
      }
    }
    return false;
  }
}
