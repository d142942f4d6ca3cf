package dev.sivi4j.testkit.internal.engine;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the backdoor shows of an end user.
 *
 * @param userId the user's id
 * @param workspaceId the workspace
 * @param deletedAt when the user was deleted, or null if active
 * @param purgeAt when a deleted user is purged, or null if active
 * @param creditLimit the limit per cycle, -1 for unlimited
 * @param usedCredits credits used in the current cycle
 * @param lastAccessed the last login or usage
 * @param activities how many activities were recorded
 */
public record UserView(
    String userId,
    String workspaceId,
    @Nullable Instant deletedAt,
    @Nullable Instant purgeAt,
    long creditLimit,
    long usedCredits,
    Instant lastAccessed,
    int activities) {}
