package dev.sivi4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SiviConfigFromEnvTest {
  private static final String SECRET = "sk_Canary0123456789";

  @Test
  void readsASuperUserKeyByDefault() {
    SiviConfig config = SiviConfig.fromEnv(Map.of("SIVI_API_KEY", SECRET));
    assertThat(config.apiKey()).isEqualTo(ApiKey.superUser(SECRET));
    assertThat(config.baseUrl()).isEqualTo(SiviEnvironment.PRODUCTION.baseUrl());
  }

  @ParameterizedTest
  @ValueSource(strings = {"enterprise", "ENTERPRISE", " enterprise_admin ", "enterprise-admin", "admin"})
  void readsAnEnterpriseKind(String kind) {
    SiviConfig config = SiviConfig.fromEnv(Map.of("SIVI_API_KEY", SECRET, "SIVI_KEY_KIND", kind));
    assertThat(config.apiKey().kind()).isEqualTo(KeyKind.ENTERPRISE_ADMIN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"super", "superuser", "SUPER_USER", "super-user"})
  void readsASuperUserKind(String kind) {
    SiviConfig config = SiviConfig.fromEnv(Map.of("SIVI_API_KEY", SECRET, "SIVI_KEY_KIND", kind));
    assertThat(config.apiKey().kind()).isEqualTo(KeyKind.SUPER_USER);
  }

  @Test
  void trimsTheKey() {
    assertThat(SiviConfig.fromEnv(Map.of("SIVI_API_KEY", "  " + SECRET + "\n")).apiKey().reveal()).isEqualTo(SECRET);
  }

  @Test
  void readsTheBaseUrl() {
    SiviConfig config = SiviConfig.fromEnv(Map.of("SIVI_API_KEY", SECRET, "SIVI_BASE_URL", " http://127.0.0.1:4010/ "));
    assertThat(config.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:4010"));
  }

  @Test
  void ignoresABlankBaseUrl() {
    assertThat(SiviConfig.fromEnv(Map.of("SIVI_API_KEY", SECRET, "SIVI_BASE_URL", " ")).baseUrl())
        .isEqualTo(SiviEnvironment.PRODUCTION.baseUrl());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void rejectsAMissingOrBlankKey(String key) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SiviConfig.fromEnv(Map.of("SIVI_API_KEY", key)))
        .withMessage("SIVI_API_KEY is not set");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SiviConfig.fromEnv(Map.of()))
        .withMessage("SIVI_API_KEY is not set");
  }

  @Test
  void rejectsAnUnknownKindWithoutShowingTheKey() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SiviConfig.fromEnv(Map.of("SIVI_API_KEY", SECRET, "SIVI_KEY_KIND", "general")))
        .withMessage("SIVI_KEY_KIND must be 'super' or 'enterprise' (was 'general')")
        .withMessageNotContaining(SECRET);
  }

  @Test
  void rejectsAKeyWithInnerSpacesWithoutShowingIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SiviConfig.fromEnv(Map.of("SIVI_API_KEY", "sk_one two")))
        .withMessageStartingWith("apiKey must be printable ASCII")
        .withMessageNotContaining("sk_one");
  }

  @Test
  void rejectsAnUnparsableBaseUrlNamingTheVariable() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SiviConfig.fromEnv(Map.of("SIVI_API_KEY", SECRET, "SIVI_BASE_URL", "https://exa mple.com")))
        .withMessageStartingWith("SIVI_BASE_URL is not a valid URL")
        .withMessageNotContaining(SECRET);
  }

  @Test
  void rejectsPlainHttpToARemoteBaseUrl() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SiviConfig.fromEnv(Map.of("SIVI_API_KEY", SECRET, "SIVI_BASE_URL", "http://sivi.example.com")))
        .withMessageStartingWith("baseUrl must use https");
  }
}
