package dev.sivi4j.domain;

import java.util.Objects;

/**
 * The result of login-user: the user (created on first login) and fresh session tokens.
 *
 * @param user the user and their workspace
 * @param tokens the session tokens for the UI SDK widget
 */
public record UserLogin(AbstractUser user, SessionTokens tokens) {
  /**
   * Validates both fields.
   *
   * @param user see the record description
   * @param tokens see the record description
   */
  public UserLogin {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(tokens, "tokens");
  }
}
