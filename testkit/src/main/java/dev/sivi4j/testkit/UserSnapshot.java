package dev.sivi4j.testkit;

import dev.sivi4j.domain.AbstractUserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An end user as the fake holds it at one moment, for assertions.
 *
 * @param userId the user
 * @param workspaceId the workspace created at first login
 * @param deletedAt when it was deleted, if it is
 * @param purgeAt when a deleted user will be purged (deletion + 15 days), if it is deleted
 * @param creditLimit the limit per billing cycle, {@code -1} for unlimited
 * @param usedCredits credits used in the current billing cycle
 * @param lastAccessed the last login or recorded usage
 * @param activities how many usages were recorded for it
 */
public record UserSnapshot(
    AbstractUserId userId,
    String workspaceId,
    Optional<Instant> deletedAt,
    Optional<Instant> purgeAt,
    long creditLimit,
    long usedCredits,
    Instant lastAccessed,
    int activities) {
  /**
   * Validates the fields.
   *
   * @param userId see the record description
   * @param workspaceId see the record description
   * @param deletedAt see the record description
   * @param purgeAt see the record description
   * @param creditLimit see the record description
   * @param usedCredits see the record description
   * @param lastAccessed see the record description
   * @param activities see the record description
   */
  public UserSnapshot {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(workspaceId, "workspaceId");
    Objects.requireNonNull(deletedAt, "deletedAt");
    Objects.requireNonNull(purgeAt, "purgeAt");
    Objects.requireNonNull(lastAccessed, "lastAccessed");
  }

  /**
   * Whether the user is deleted (and not yet purged).
   *
   * @return true if deleted
   */
  public boolean deleted() {
    return deletedAt.isPresent();
  }
}
