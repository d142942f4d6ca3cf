package dev.sivi4j.testkit.internal.engine;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.sivi4j.domain.CreditLimit;
import java.time.Instant;
import java.util.Map;

/** login-user, set-user-credit-limit, delete-user and reactivate-user on one master account. */
final class UserCommands {
  private final Ids ids;

  UserCommands(Ids ids) {
    this.ids = ids;
  }

  /**
   * Creates the user on first call and logs it in; every call issues fresh tokens. A deleted user
   * still inside its retention window is refused with 400 until it is reactivated; a purged one is
   * created afresh, with a new workspace and no history.
   */
  EngineReply login(MasterAccount account, String userId, JsonObject body, Instant now) {
    if (!validLoginExtras(body)) {
      return EngineReply.error(422, Messages.INVALID_INPUT);
    }
    String access = ids.uuid();
    String refresh = ids.uuid();
    String workspace =
        account.onUser(userId, now, ids::uuid, user -> {
          if (user == null || user.isDeleted()) {
            return null;
          }
          user.lastAccessed = now;
          user.rememberGrant(access, refresh, now);
          return user.workspaceId;
        });
    if (workspace == null) {
      return EngineReply.error(400, Messages.USER_DOES_NOT_EXISTS);
    }
    JsonObject reply = new JsonObject();
    reply.addProperty("accessToken", access);
    reply.addProperty("refreshToken", refresh);
    reply.addProperty("workspaceId", workspace);
    return EngineReply.ok(reply);
  }

  /** Sets a user's limit: -1 (unlimited) or a positive integer; anything else is invalid input. */
  EngineReply setCreditLimit(MasterAccount account, String userId, JsonObject body, Instant now) {
    Long limit = Json.integer(body, "creditLimit");
    if (limit == null || (limit != -1 && (limit < 1 || limit > CreditLimit.MAX_CREDITS))) {
      return EngineReply.error(422, Messages.INVALID_INPUT);
    }
    boolean set = account.onUser(userId, now, null, user -> {
      if (user == null || user.isDeleted()) {
        return false;
      }
      user.creditLimit = limit;
      return true;
    });
    return set ? EngineReply.okMessage(Messages.CREDIT_LIMIT_SET) : EngineReply.error(400, Messages.USER_DOES_NOT_EXISTS);
  }

  /** Deletes an active user; an unknown or already deleted one is "not found". */
  EngineReply delete(MasterAccount account, String userId, Instant now) {
    boolean deleted = account.onUser(userId, now, null, user -> {
      if (user == null || user.isDeleted()) {
        return false;
      }
      user.deletedAt = now;
      return true;
    });
    return deleted ? EngineReply.okMessage(Messages.USER_DELETED) : EngineReply.error(400, Messages.USER_DOES_NOT_EXISTS);
  }

  /** Undoes a deletion inside the retention window; an active user is left as it is (success). */
  EngineReply reactivate(MasterAccount account, String userId, Instant now) {
    boolean kept = account.onUser(userId, now, null, user -> {
      if (user == null) {
        return false;
      }
      user.deletedAt = null;
      return true;
    });
    return kept ? EngineReply.okMessage(Messages.USER_REACTIVATED) : EngineReply.error(400, Messages.USER_DOES_NOT_EXISTS);
  }

  /** {@code planId} must be a string and {@code brand} an object of strings and string arrays. */
  private static boolean validLoginExtras(JsonObject body) {
    JsonElement plan = body.get("planId");
    if (plan != null && !(plan instanceof JsonPrimitive p && p.isString())) {
      return false;
    }
    JsonElement brand = body.get("brand");
    if (brand == null) {
      return true;
    }
    if (!brand.isJsonObject()) {
      return false;
    }
    for (Map.Entry<String, JsonElement> field : brand.getAsJsonObject().entrySet()) {
      JsonElement value = field.getValue();
      boolean ok =
          field.getKey().equals("brandPersona")
              ? value.isJsonObject()
              : value.isJsonArray() || (value instanceof JsonPrimitive p && p.isString());
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
