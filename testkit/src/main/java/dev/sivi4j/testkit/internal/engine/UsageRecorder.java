package dev.sivi4j.testkit.internal.engine;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.sivi4j.testkit.Usage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code recordUsage} backdoor: an end user generating, editing and downloading designs and
 * uploading media, debiting the user and the master account together or not at all.
 */
final class UsageRecorder {
  private final Ids ids;

  UsageRecorder(Ids ids) {
    this.ids = ids;
  }

  /**
   * Records the activity at {@code now}. Refused with 429 {@code Insufficient credit limit}, debiting
   * nothing and recording nothing, when its cost exceeds what the user's limit or the master pool
   * leaves in the current cycle; an activity that costs nothing is never refused.
   */
  EngineReply record(MasterAccount account, String userId, Usage activity, Instant now) {
    synchronized (account) {
      return account.onUser(userId, now, null, user -> {
        if (user == null || user.isDeleted()) {
          return EngineReply.error(400, Messages.USER_DOES_NOT_EXIST);
        }
        if (activity.credits() > 0 && activity.credits() > account.available(user, now)) {
          return EngineReply.error(429, Messages.INSUFFICIENT_CREDIT);
        }
        long cycle = account.cycle(now);
        user.credits.debit(cycle, activity.credits());
        account.pool.debit(cycle, activity.credits());
        user.lastAccessed = now;
        user.activities.add(items(user.workspaceId, activity, now));
        return EngineReply.okMessage("Usage recorded");
      });
    }
  }

  private ActivityRecord items(String workspaceId, Usage activity, Instant now) {
    long at = now.getEpochSecond();
    List<Item> variants = new ArrayList<>();
    for (int i = 0; i < activity.generatedVariations() + activity.editedDesigns(); i++) {
      variants.add(new Item(at, variant(workspaceId, i < activity.generatedVariations() ? "GENERATED" : "EDITED")));
    }
    List<Item> media = new ArrayList<>();
    for (int i = 0; i < activity.media(); i++) {
      JsonObject item = new JsonObject();
      item.addProperty("url", "https://resources.hellosivi.com/user-data/" + workspaceId + "/media/" + ids.base62(11) + ".jpg");
      item.addProperty("type", "photo");
      media.add(new Item(at, item));
    }
    List<Item> content = new ArrayList<>();
    for (int i = 0; i < activity.contentSnippets(); i++) {
      String id = ids.base62(8);
      JsonObject item = new JsonObject();
      item.addProperty("title", "Heading " + id);
      item.addProperty("subtitle", "Subtitle for snippet " + id);
      JsonArray bullets = new JsonArray();
      bullets.add("First point");
      bullets.add("Second point");
      item.add("bulletlist", bullets);
      content.add(new Item(at, item));
    }
    return new ActivityRecord(now, activity, List.copyOf(variants), List.copyOf(media), List.copyOf(content));
  }

  private JsonObject variant(String workspaceId, String type) {
    String id = ids.base62(11);
    JsonObject item = new JsonObject();
    item.addProperty("variantImageUrl", "https://resources.hellosivi.com/user-data/" + workspaceId + "/generated/" + id + ".jpg");
    item.addProperty("variantEditLink", "https://instant.sivi.ai/#/variant/" + id + "/independent-design-editor?type=edited");
    item.addProperty("variantId", id);
    item.addProperty("variantWidth", 1080);
    item.addProperty("variantHeight", 1080);
    item.addProperty("variantType", type);
    return item;
  }
}
