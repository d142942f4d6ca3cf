package dev.sivi4j.domain;

/**
 * The opaque tokens login-user returns for the Sivi UI SDK widget.
 *
 * <p>Hand both to your front end, which passes them to the widget; the widget refreshes them itself.
 * The access token is short-lived (the service says one hour). They are credentials: {@link
 * #toString()} never shows them.
 *
 * @param accessToken the access token, opaque
 * @param refreshToken the refresh token, opaque
 */
public record SessionTokens(String accessToken, String refreshToken) {
  /**
   * Validates both tokens.
   *
   * @param accessToken see the record description
   * @param refreshToken see the record description
   */
  public SessionTokens {
    Checks.text(accessToken, "accessToken", 8192);
    Checks.text(refreshToken, "refreshToken", 8192);
  }

  @Override
  public String toString() {
    return "SessionTokens[accessToken=***, refreshToken=***]";
  }
}
