package dev.sivi4j.testkit.internal.engine;

import com.google.gson.JsonObject;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.spi.TimeSource;
import dev.sivi4j.testkit.CreditPool;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.Usage;
import dev.sivi4j.testkit.UserSnapshot;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The fake service: routes a request to its operation after the checks every request passes, in this
 * order: a path the fake serves (else 404), POST (else 405), a known key (else 401), the key's rate
 * limit (else 429; every authenticated request counts, whatever its outcome), a key kind allowed on
 * the path family (else 403), a body of valid UTF-8 (else 400, so that different byte strings never read as
 * the same user), a body that is one strict JSON object with a valid {@code
 * abstractUserId} (else 422), then the operation's own rules. Thread-safe: each master account has
 * its own lock.
 */
public final class SiviEngine {
  private final TimeSource time;
  private final Ids ids;
  private final AccountBook accounts = new AccountBook();
  private final UserCommands users;
  private final UsageRecorder usage;
  private volatile boolean rateLimiting;

  /**
   * Creates an empty fake service.
   *
   * @param time the clock every rule reads
   * @param seed the seed of every id and token
   * @param rateLimiting whether rate limits are enforced
   */
  public SiviEngine(TimeSource time, long seed, boolean rateLimiting) {
    this.time = time;
    this.ids = new Ids(seed);
    this.users = new UserCommands(ids);
    this.usage = new UsageRecorder(ids);
    this.rateLimiting = rateLimiting;
  }

  /**
   * Switches rate limiting on or off.
   *
   * @param enabled true to enforce the limits
   */
  public void rateLimiting(boolean enabled) {
    this.rateLimiting = enabled;
  }

  /**
   * Opens a master account.
   *
   * @param kind its key's kind
   * @param creditsPerCycle credits granted each billing cycle
   * @param perMinute its rate limit, or 0 for the kind's default
   * @param secret its key, or null to draw one
   * @return the account's id and key
   */
  public NewAccount createAccount(FakeKeyKind kind, long creditsPerCycle, int perMinute, @Nullable String secret) {
    String key = secret != null ? secret : drawKey(kind);
    MasterAccount account = new MasterAccount(accounts.nextId(), creditsPerCycle, time.now());
    accounts.add(new AccountKey(key, kind, perMinute > 0 ? perMinute : kind.requestsPerMinute(), account, time.nanoTime()));
    return new NewAccount(account.accountId, key);
  }

  /**
   * Gives an existing master account another key, of any kind: both keys then reach the same users and pool.
   *
   * @param accountId the account
   * @param kind the new key's kind
   * @param secret the new key, or null to draw one
   * @return the account's id and the new key
   */
  public NewAccount addKey(String accountId, FakeKeyKind kind, @Nullable String secret) {
    MasterAccount account = accounts.byId(accountId);
    String key = secret != null ? secret : drawKey(kind);
    accounts.addKey(new AccountKey(key, kind, kind.requestsPerMinute(), account, time.nanoTime()));
    return new NewAccount(accountId, key);
  }

  /** Forgets every end user, all usage and credits used, and refills every rate limit; keeps accounts and keys. */
  public void reset() {
    for (MasterAccount account : accounts.all()) {
      account.reset();
    }
    long now = time.nanoTime();
    for (AccountKey key : accounts.keys()) {
      key.refill(now);
    }
  }

  private String drawKey(FakeKeyKind kind) {
    return "sk_test_" + kind.name().toLowerCase(Locale.ROOT) + "_" + ids.base62(24);
  }

  /**
   * The id of the account a key belongs to.
   *
   * @param key the key sent, if any
   * @return the account id, or null for a missing or unknown key
   */
  public @Nullable String accountIdForKey(@Nullable String key) {
    AccountKey found = accounts.byKey(key);
    return found == null ? null : found.account.accountId;
  }

  /**
   * Answers one request.
   *
   * @param method the HTTP method
   * @param path the path, without query
   * @param key the {@code sivi-api-key} header, if sent
   * @param body the body read with {@link Json#parseObject(byte[])}: null if it was not one JSON object
   * @param utf8 whether the body's bytes were valid UTF-8 (else 400, where a bad body would get 422)
   * @return the answer
   */
  public EngineReply handle(String method, String path, @Nullable String key, @Nullable JsonObject body, boolean utf8) {
    Route route = Route.parse(path);
    if (route == null) {
      return EngineReply.error(404, Messages.UNKNOWN_ENDPOINT);
    }
    if (!method.equals("POST")) {
      return EngineReply.error(405, Messages.METHOD_NOT_ALLOWED);
    }
    AccountKey found = accounts.byKey(key);
    if (found == null) {
      return EngineReply.error(401, Messages.AUTH_FAILED);
    }
    MasterAccount account = found.account;
    if (rateLimiting && !found.bucket.tryTake(time.nanoTime())) {
      return EngineReply.error(429, Messages.RATE_LIMITED);
    }
    if (!route.allows(found.kind)) {
      return EngineReply.error(403, Messages.FORBIDDEN);
    }
    if (!utf8) {
      return EngineReply.error(400, Messages.INVALID_UTF8);
    }
    JsonObject json = body;
    String userId = json == null ? null : validUserId(Json.string(json, "abstractUserId"));
    if (json == null || userId == null) {
      return EngineReply.error(422, Messages.INVALID_INPUT);
    }
    Instant now = time.now();
    return switch (route.operation()) {
      case LOGIN_USER -> users.login(account, userId, json, now);
      case SET_CREDIT_LIMIT -> users.setCreditLimit(account, userId, json, now);
      case DELETE_USER -> users.delete(account, userId, now);
      case REACTIVATE_USER -> users.reactivate(account, userId, now);
      case ACCOUNT_ANALYSIS -> analysis(account, userId, now);
      case EXPORT_DATA -> export(account, userId, json, now);
    };
  }

  private static EngineReply analysis(MasterAccount account, String userId, Instant now) {
    synchronized (account) {
      return account.onUser(userId, now, null, user -> user == null || user.isDeleted()
          ? EngineReply.error(400, Messages.USER_DOES_NOT_EXIST)
          : EngineReply.ok(AnalysisReport.build(account, user, now)));
    }
  }

  private static EngineReply export(MasterAccount account, String userId, JsonObject body, Instant now) {
    ExportQuery query = ExportQuery.parse(body);
    if (query == null) {
      return EngineReply.error(422, Messages.INVALID_INPUT);
    }
    return account.onUser(userId, now, null, user -> user == null || user.isDeleted()
        ? EngineReply.error(400, Messages.USER_DOES_NOT_EXIST)
        : EngineReply.ok(query.answer(user, now)));
  }

  /**
   * The user id of a body, if it is one the fake accepts: the same rules as {@link AbstractUserId}.
   *
   * @param value the {@code abstractUserId} member
   * @return the id, or null if absent or invalid
   */
  public static @Nullable String validUserId(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return AbstractUserId.of(value).value();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Records an end user's activity (the backdoor behind {@code recordUsage}).
   *
   * @param accountId the master account
   * @param userId the user
   * @param activity what the user did
   * @return 200, 400 for an unknown or deleted user, or 429 when the credits do not cover it
   */
  public EngineReply recordUsage(String accountId, String userId, Usage activity) {
    return usage.record(accounts.byId(accountId), userId, activity, time.now());
  }

  /**
   * A user as it is now, deleted ones included until purged.
   *
   * @param accountId the master account
   * @param userId the user
   * @return the user, if kept
   */
  public Optional<UserSnapshot> user(String accountId, String userId) {
    MasterAccount account = accounts.byId(accountId);
    Instant now = time.now();
    return account.onUser(userId, now, null, user -> {
      if (user == null) {
        return Optional.<UserSnapshot>empty();
      }
      Optional<Instant> deleted = Optional.ofNullable(user.deletedAt);
      return Optional.of(
          new UserSnapshot(
              AbstractUserId.of(user.id), user.workspaceId, deleted, deleted.map(at -> at.plus(EndUser.RETENTION)),
              user.creditLimit, user.credits.used(account.cycle(now)), user.lastAccessed, user.activities.size()));
    });
  }

  /**
   * A master account's credit pool as it is now.
   *
   * @param accountId the master account
   * @return the pool
   */
  public CreditPool pool(String accountId) {
    MasterAccount account = accounts.byId(accountId);
    Instant now = time.now();
    synchronized (account) {
      long cycle = account.cycle(now);
      Instant start = Billing.cycleStart(account.createdAt, cycle);
      return new CreditPool(account.creditsPerCycle, account.pool.used(cycle), start, start.plus(Billing.CYCLE));
    }
  }

  /**
   * Whether an access token was issued by login-user to a user that is still active, less than an
   * hour ago.
   *
   * @param token the access token
   * @return true if it would still be accepted
   */
  public boolean accessTokenActive(String token) {
    Instant now = time.now();
    for (MasterAccount account : accounts.all()) {
      for (EndUser user : account.users()) {
        synchronized (user) {
          if (!user.isPurgedAt(now) && user.accessTokenActive(token, now)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
