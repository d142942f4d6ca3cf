package dev.sivi4j.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class SessionTokensTest {
  private static final String ACCESS = "acc-7c9e6679-7425-40de-944b-e07fc1f90ae7";
  private static final String REFRESH = "ref-16fd2706-8baf-433b-82eb-8c7fada847da";

  @Test
  void toStringNeverShowsATokenEvenInsideAUserLogin() {
    SessionTokens tokens = new SessionTokens(ACCESS, REFRESH);
    UserLogin login = new UserLogin(new AbstractUser(AbstractUserId.of("user-1"), "ws-1"), tokens);
    assertThat(tokens.toString()).isEqualTo("SessionTokens[accessToken=***, refreshToken=***]");
    assertThat(login.toString()).doesNotContain(ACCESS).doesNotContain(REFRESH).contains("user-1", "ws-1");
  }

  @Test
  void keepsTokensOpaque() {
    SessionTokens tokens = new SessionTokens("not.a.jwt", "x");
    assertThat(tokens.accessToken()).isEqualTo("not.a.jwt");
    assertThat(tokens.refreshToken()).isEqualTo("x");
  }

  @Test
  void rejectsBlankAccessToken() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SessionTokens(" ", REFRESH))
        .withMessage("accessToken must not be blank");
  }

  @Test
  void rejectsNullRefreshTokenNamingIt() {
    assertThatNullPointerException().isThrownBy(() -> new SessionTokens(ACCESS, null)).withMessage("refreshToken");
  }

  @Test
  void rejectsTokenWithALineBreakWithoutQuotingIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SessionTokens(ACCESS, "secret\nmore"))
        .withMessage("refreshToken must not contain control characters (found U+000A at index 6)");
  }

  @Test
  void rejectsTokenLongerThanEightKilobytes() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SessionTokens("a".repeat(8193), REFRESH))
        .withMessage("accessToken must be at most 8192 characters (was 8193)");
  }
}
