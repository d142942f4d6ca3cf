package dev.sivi4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyTest {
  private static final String SECRET = "sk_live_Canary0123456789";

  @Test
  void keepsKindAndSecret() {
    assertThat(ApiKey.superUser(SECRET).kind()).isEqualTo(KeyKind.SUPER_USER);
    assertThat(ApiKey.enterpriseAdmin(SECRET).kind()).isEqualTo(KeyKind.ENTERPRISE_ADMIN);
    assertThat(ApiKey.of(KeyKind.ENTERPRISE_ADMIN, SECRET).reveal()).isEqualTo(SECRET);
  }

  @Test
  void toStringNeverShowsTheSecret() {
    ApiKey key = ApiKey.superUser(SECRET);
    assertThat(key.toString()).doesNotContain(SECRET).contains("***").contains("SUPER_USER");
  }

  @Test
  void equalsComparesKindAndSecret() {
    assertThat(ApiKey.superUser(SECRET)).isEqualTo(ApiKey.superUser(SECRET)).hasSameHashCodeAs(ApiKey.superUser(SECRET));
    assertThat(ApiKey.superUser(SECRET)).isNotEqualTo(ApiKey.enterpriseAdmin(SECRET));
    assertThat(ApiKey.superUser(SECRET)).isNotEqualTo(ApiKey.superUser(SECRET + "x"));
  }

  @Test
  void rejectsEmptyKey() {
    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class, () -> ApiKey.superUser(""));
    assertThat(e).hasMessage("apiKey must not be empty");
  }

  @Test
  void rejectsNullKeyNamingIt() {
    assertThatNullPointerException().isThrownBy(() -> ApiKey.superUser(null)).withMessage("apiKey");
  }

  @Test
  void rejectsNullKind() {
    assertThatNullPointerException().isThrownBy(() -> ApiKey.of(null, SECRET)).withMessage("kind");
  }

  @Test
  void rejectsTooLongKeyWithoutQuotingIt() {
    String longKey = "k".repeat(1025);
    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class, () -> ApiKey.superUser(longKey));
    assertThat(e).hasMessageContaining("apiKey must be at most 1024 characters").hasMessageNotContaining(longKey);
    assertThat(ApiKey.superUser("k".repeat(1024)).reveal()).hasSize(1024);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sk live", "sk\r\nX-Evil: 1", "sk\tkey", "sk\u0000key", "sk\u007fkey", "sk\u00e9key", " sk"})
  void rejectsSpacesControlAndNonAsciiCharactersWithoutQuotingTheKey(String bad) {
    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class, () -> ApiKey.enterpriseAdmin(bad));
    assertThat(e)
        .hasMessageStartingWith("apiKey must be printable ASCII without spaces or control characters")
        .hasMessageContaining("index " + firstBadIndex(bad))
        .hasMessageNotContaining(bad);
  }

  private static int firstBadIndex(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) <= ' ' || text.charAt(i) >= 0x7f) {
        return i;
      }
    }
    return -1;
  }
}
