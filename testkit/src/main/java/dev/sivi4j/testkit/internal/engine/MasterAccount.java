package dev.sivi4j.testkit.internal.engine;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One API key's master account: its credit pool, its rate limit and its end users. Every read and
 * change of its state holds this object's monitor, so accounts never block each other.
 */
final class MasterAccount {
  final String accountId;
  final String secret;
  final KeyClass kind;
  final long creditsPerCycle;
  final Instant createdAt;
  final TokenBucket bucket;
  final Credits pool = new Credits();
  private final Map<String, EndUser> users = new HashMap<>();

  MasterAccount(
      String accountId, String secret, KeyClass kind, long creditsPerCycle, int perMinute, Instant createdAt, long nowNanos) {
    this.accountId = accountId;
    this.secret = secret;
    this.kind = kind;
    this.creditsPerCycle = creditsPerCycle;
    this.createdAt = createdAt;
    this.bucket = new TokenBucket(perMinute, nowNanos);
  }

  /** The current billing cycle. Caller holds the lock. */
  long cycle(Instant now) {
    return Billing.cycle(createdAt, now);
  }

  /** The user, active or deleted, purging it first if its retention ran out. Caller holds the lock. */
  @Nullable EndUser user(String id, Instant now) {
    EndUser user = users.get(id);
    if (user != null && user.isPurgedAt(now)) {
      users.remove(id);
      return null;
    }
    return user;
  }

  /** The user if it exists and is not deleted. Caller holds the lock. */
  @Nullable EndUser activeUser(String id, Instant now) {
    EndUser user = user(id, now);
    return user == null || user.isDeleted() ? null : user;
  }

  /** Adds a new user. Caller holds the lock. */
  EndUser addUser(String id, String workspaceId, Instant now) {
    EndUser user = new EndUser(id, workspaceId, now);
    users.put(id, user);
    return user;
  }

  /** Every user still kept at {@code now}. Caller holds the lock. */
  Iterable<EndUser> users(Instant now) {
    users.values().removeIf(user -> user.isPurgedAt(now));
    return users.values();
  }

  /** Credits the master account has left in the current cycle. Caller holds the lock. */
  long poolLeft(Instant now) {
    return Math.max(0, creditsPerCycle - pool.used(cycle(now)));
  }

  /**
   * Credits the user may still spend now: the smaller of what its limit and the master pool leave.
   * Caller holds the lock.
   */
  long available(EndUser user, Instant now) {
    long poolLeft = poolLeft(now);
    if (user.creditLimit < 0) {
      return poolLeft;
    }
    return Math.max(0, Math.min(poolLeft, user.creditLimit - user.credits.used(cycle(now))));
  }
}
