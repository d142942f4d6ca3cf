package dev.sivi4j.domain;

import java.util.Objects;

/**
 * An end user as Sivi knows them: your id and the workspace Sivi created for them.
 *
 * @param id your identifier of the user
 * @param workspaceId the id of the user's Sivi workspace
 */
public record AbstractUser(AbstractUserId id, String workspaceId) {
  /**
   * Validates both fields.
   *
   * @param id see the record description
   * @param workspaceId see the record description
   */
  public AbstractUser {
    Objects.requireNonNull(id, "id");
    Checks.text(workspaceId, "workspaceId", 512);
  }
}
