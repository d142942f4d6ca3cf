package dev.sivi4j.testkit.internal.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An end user of one master account. Mutable; guarded by its own monitor (see {@link MasterAccount}). */
final class EndUser {
  /** How long a deleted user is kept before being purged. */
  static final Duration RETENTION = Duration.ofDays(15);

  /** How long an access token stays valid (documented: one hour). */
  static final Duration ACCESS_TOKEN_TTL = Duration.ofHours(1);

  /** How many recent token pairs are remembered per user, for the token backdoor. */
  private static final int TOKENS_KEPT = 8;

  final String id;
  final String workspaceId;
  final Credits credits = new Credits();
  final List<ActivityRecord> activities = new ArrayList<>();
  private final Deque<Grant> grants = new ArrayDeque<>();
  long creditLimit = -1;
  Instant lastAccessed;
  @Nullable Instant deletedAt;

  EndUser(String id, String workspaceId, Instant createdAt) {
    this.id = id;
    this.workspaceId = workspaceId;
    this.lastAccessed = createdAt;
  }

  boolean isDeleted() {
    return deletedAt != null;
  }

  /** Whether a deleted user's retention has run out at {@code now}. */
  boolean isPurgedAt(Instant now) {
    Instant deleted = deletedAt;
    return deleted != null && !now.isBefore(deleted.plus(RETENTION));
  }

  void rememberGrant(String accessToken, String refreshToken, Instant issuedAt) {
    grants.addFirst(new Grant(accessToken, refreshToken, issuedAt));
    while (grants.size() > TOKENS_KEPT) {
      grants.removeLast();
    }
  }

  /** Whether this active user was issued the access token and it has not expired at {@code now}. */
  boolean accessTokenActive(String token, Instant now) {
    if (isDeleted()) {
      return false;
    }
    for (Grant grant : grants) {
      if (grant.accessToken.equals(token)) {
        return now.isBefore(grant.issuedAt.plus(ACCESS_TOKEN_TTL));
      }
    }
    return false;
  }

  private record Grant(String accessToken, String refreshToken, Instant issuedAt) {}
}
