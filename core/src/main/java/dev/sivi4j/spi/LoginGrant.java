package dev.sivi4j.spi;

import dev.sivi4j.domain.SessionTokens;
import java.util.Objects;

/**
 * The body of a login-user success: the workspace id and the tokens.
 *
 * @param workspaceId the user's workspace
 * @param tokens the session tokens
 */
public record LoginGrant(String workspaceId, SessionTokens tokens) {
  /**
   * Validates both fields.
   *
   * @param workspaceId see the record description
   * @param tokens see the record description
   */
  public LoginGrant {
    Objects.requireNonNull(workspaceId, "workspaceId");
    Objects.requireNonNull(tokens, "tokens");
  }
}
