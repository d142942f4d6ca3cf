package dev.sivi4j.testkit.internal.engine;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One API key's master account: its credit pool, its rate limit and its end users.
 *
 * <p>Locking: each end user has its own monitor, held while its state is read or changed, so requests
 * about different users never wait for each other. The pool is guarded by this object's monitor;
 * operations that need both (recording usage, account analysis) take this one first, then the
 * user's.
 */
final class MasterAccount {
  final String accountId;
  final long creditsPerCycle;
  final Instant createdAt;
  /** Guarded by this. */
  final Credits pool = new Credits();
  private final Map<String, EndUser> users = new ConcurrentHashMap<>();

  MasterAccount(String accountId, long creditsPerCycle, Instant createdAt) {
    this.accountId = accountId;
    this.creditsPerCycle = creditsPerCycle;
    this.createdAt = createdAt;
  }

  /** Forgets every end user and the credits used. */
  synchronized void reset() {
    users.clear();
    pool.clear();
  }

  /** The current billing cycle. */
  long cycle(Instant now) {
    return Billing.cycle(createdAt, now);
  }

  /**
   * Runs {@code action} on a user, holding the user's monitor. The user is given as null when it is
   * unknown or its retention has run out (it is purged then). With {@code newWorkspace}, an unknown or
   * purged user is created first, with a workspace id from that supplier.
   */
  <T> T onUser(String id, Instant now, @Nullable Supplier<String> newWorkspace, Function<@Nullable EndUser, T> action) {
    while (true) {
      EndUser user =
          newWorkspace == null ? users.get(id) : users.computeIfAbsent(id, key -> new EndUser(key, newWorkspace.get(), now));
      if (user == null) {
        return action.apply(null);
      }
      synchronized (user) {
        if (user.isPurgedAt(now)) {
          users.remove(id, user);
          if (newWorkspace == null) {
            return action.apply(null);
          }
        } else if (users.get(id) == user) {
          return action.apply(user);
        }
      }
      // Purged, or replaced by another thread meanwhile: look again.
    }
  }

  /** Every user, purged ones included until next looked up. */
  Collection<EndUser> users() {
    return users.values();
  }

  /** Credits the master account has left in the current cycle. Caller holds this monitor. */
  long poolLeft(Instant now) {
    return Math.max(0, creditsPerCycle - pool.used(cycle(now)));
  }

  /**
   * Credits the user may still spend now: the smaller of what its limit and the pool leave. Caller
   * holds this monitor and the user's.
   */
  long available(EndUser user, Instant now) {
    long poolLeft = poolLeft(now);
    if (user.creditLimit < 0) {
      return poolLeft;
    }
    return Math.max(0, Math.min(poolLeft, user.creditLimit - user.credits.used(cycle(now))));
  }
}
