package dev.sivi4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiviConfigTest {
  private static final String SECRET = "sk_Canary0123456789";
  private static final ApiKey SUPER = ApiKey.superUser(SECRET);

  private static SiviConfig.Builder builder() {
    return SiviConfig.builder().apiKey(SUPER);
  }

  @Test
  void defaultsFollowTheDesign() {
    SiviConfig config = builder().build();
    assertThat(config.baseUrl()).isEqualTo(SiviEnvironment.PRODUCTION.baseUrl());
    assertThat(config.pathPrefix()).isEqualTo("super");
    assertThat(config.timeouts()).isEqualTo(Timeouts.defaults());
    assertThat(config.retryPolicy()).isEqualTo(RetryPolicy.defaults());
    assertThat(config.rateLimit()).isEqualTo(RateLimit.forKeyKind());
    assertThat(config.maxResponseBytes()).isEqualTo(1024 * 1024);
    assertThat(config.maxConnections()).isEqualTo(64);
    assertThat(config.plaintextHttpToRemoteHosts()).isFalse();
  }

  @Test
  void enterpriseKeyCallsTheEnterprisePathFamily() {
    assertThat(SiviConfig.builder().apiKey(ApiKey.enterpriseAdmin(SECRET)).build().pathPrefix()).isEqualTo("enterprise");
  }

  @Test
  void rejectsMissingApiKey() {
    assertThatNullPointerException()
        .isThrownBy(() -> SiviConfig.builder().build())
        .withMessageStartingWith("apiKey must be set");
  }

  @Test
  void stagingEnvironmentSetsTheStagingUrl() {
    assertThat(builder().environment(SiviEnvironment.STAGING).build().baseUrl())
        .isEqualTo(URI.create("https://connect.sivi.ai/api/staging/v2"));
  }

  @Test
  void dropsATrailingSlashFromTheBaseUrl() {
    assertThat(builder().baseUrl(URI.create("https://proxy.example.com/sivi/")).build().baseUrl())
        .isEqualTo(URI.create("https://proxy.example.com/sivi"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080",
        "http://LOCALHOST",
        "http://127.0.0.1:9000/api",
        "http://127.0.0.2",
        "http://[::1]:8080"
      })
  void allowsPlainHttpToLoopback(String url) {
    assertThat(builder().baseUrl(URI.create(url)).build().baseUrl().getScheme()).isEqualTo("http");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://connect.sivi.ai/api/prod/v2", "http://10.0.0.5", "http://localhost.evil.example", "http://[::2]"})
  void rejectsPlainHttpToRemoteHosts(String url) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder().baseUrl(URI.create(url)).build())
        .withMessageStartingWith("baseUrl must use https: plain http would send the API key in clear text to ")
        .withMessageContaining("allowPlaintextHttpToRemoteHosts")
        .withMessageNotContaining(SECRET);
  }

  @Test
  void allowsPlainHttpToRemoteHostsOnlyWithTheExplicitSwitch() {
    SiviConfig config = builder().baseUrl(URI.create("http://10.0.0.5:8080")).allowPlaintextHttpToRemoteHosts(true).build();
    assertThat(config.baseUrl()).isEqualTo(URI.create("http://10.0.0.5:8080"));
    assertThat(config.plaintextHttpToRemoteHosts()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.com", "/relative/path", "mailto:ops@example.com", "file:///etc/passwd"})
  void rejectsBaseUrlsThatAreNotAbsoluteHttp(String url) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder().baseUrl(URI.create(url)).build())
        .withMessageStartingWith("baseUrl must be an absolute http(s) URL with a host");
  }

  @Test
  void rejectsUserInfoWithoutEchoingIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder().baseUrl(URI.create("https://admin:hunter2@proxy.example.com")).build())
        .withMessageStartingWith("baseUrl must not carry user info, a query or a fragment")
        .withMessageNotContaining("hunter2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.com/api?key=1", "https://example.com/api#top"})
  void rejectsQueryAndFragment(String url) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder().baseUrl(URI.create(url)).build())
        .withMessageStartingWith("baseUrl must not carry user info, a query or a fragment");
  }

  @ParameterizedTest
  @ValueSource(strings = {"general", "super", "v2-beta", "a", ""})
  void pathPrefixOverrideReplacesTheKeyKindsPrefix(String prefix) {
    assertThat(builder().pathPrefix(prefix).build().pathPrefix()).isEqualTo(prefix);
  }

  @ParameterizedTest
  @ValueSource(strings = {"General", "super/", "/super", "a/b", "-leading", "with space", "x\r\n", "ä"})
  void rejectsPathPrefixesThatAreNotLowerCaseSegments(String prefix) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder().pathPrefix(prefix))
        .withMessage("pathPrefix must be lower-case letters, digits and dashes, or empty (was \"" + prefix + "\")");
  }

  @Test
  void rejectsPathPrefixLongerThanThirtyTwoCharacters() {
    assertThat(builder().pathPrefix("p".repeat(32)).build().pathPrefix()).hasSize(32);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder().pathPrefix("p".repeat(33)))
        .withMessageStartingWith("pathPrefix must be lower-case letters");
  }

  @Test
  void rejectsResponseCapOutsideTheRange() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder().maxResponseBytes(1023))
        .withMessage("maxResponseBytes must be between 1024 and 2147483639 (was 1023)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder().maxResponseBytes(Integer.MAX_VALUE))
        .withMessageStartingWith("maxResponseBytes must be between");
    assertThat(builder().maxResponseBytes(1024).build().maxResponseBytes()).isEqualTo(1024);
  }

  @Test
  void rejectsConnectionPoolSizeOutsideTheRange() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder().maxConnections(0))
        .withMessage("maxConnections must be between 1 and 1024 (was 0)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder().maxConnections(1025))
        .withMessage("maxConnections must be between 1 and 1024 (was 1025)");
  }

  @Test
  void rejectsNullPartsNamingThem() {
    assertThatNullPointerException().isThrownBy(() -> builder().timeouts(null)).withMessage("timeouts");
    assertThatNullPointerException().isThrownBy(() -> builder().retryPolicy(null)).withMessage("retryPolicy");
    assertThatNullPointerException().isThrownBy(() -> builder().rateLimit(null)).withMessage("rateLimit");
    assertThatNullPointerException().isThrownBy(() -> builder().baseUrl(null)).withMessage("baseUrl");
    assertThatNullPointerException().isThrownBy(() -> builder().pathPrefix(null)).withMessage("pathPrefix");
  }

  @Test
  void toBuilderKeepsEverySetting() {
    SiviConfig original =
        builder()
            .baseUrl(URI.create("http://127.0.0.1:8080"))
            .pathPrefix("general")
            .timeouts(Timeouts.defaults().withWholeCall(Duration.ofSeconds(9)))
            .retryPolicy(RetryPolicy.none())
            .rateLimit(RateLimit.off())
            .maxResponseBytes(4096)
            .maxConnections(3)
            .allowPlaintextHttpToRemoteHosts(true)
            .build();
    SiviConfig copy = original.toBuilder().build();
    assertThat(copy.apiKey()).isEqualTo(original.apiKey());
    assertThat(copy.baseUrl()).isEqualTo(original.baseUrl());
    assertThat(copy.pathPrefix()).isEqualTo("general");
    assertThat(copy.timeouts()).isEqualTo(original.timeouts());
    assertThat(copy.retryPolicy()).isEqualTo(RetryPolicy.none());
    assertThat(copy.rateLimit()).isEqualTo(RateLimit.off());
    assertThat(copy.maxResponseBytes()).isEqualTo(4096);
    assertThat(copy.maxConnections()).isEqualTo(3);
    assertThat(copy.plaintextHttpToRemoteHosts()).isTrue();
  }

  @Test
  void toBuilderChangesTheCopyOnly() {
    SiviConfig original = builder().build();
    SiviConfig changed = original.toBuilder().maxConnections(5).environment(SiviEnvironment.STAGING).build();
    assertThat(original.maxConnections()).isEqualTo(64);
    assertThat(original.baseUrl()).isEqualTo(SiviEnvironment.PRODUCTION.baseUrl());
    assertThat(changed.maxConnections()).isEqualTo(5);
  }

  @Test
  void toBuilderWithoutOverrideFollowsANewKeysKind() {
    SiviConfig enterprise = builder().build().toBuilder().apiKey(ApiKey.enterpriseAdmin(SECRET)).build();
    assertThat(enterprise.pathPrefix()).isEqualTo("enterprise");
  }

  @Test
  void toBuilderRevalidatesTheBaseUrl() {
    SiviConfig permissive =
        builder().baseUrl(URI.create("http://10.0.0.5")).allowPlaintextHttpToRemoteHosts(true).build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> permissive.toBuilder().allowPlaintextHttpToRemoteHosts(false).build())
        .withMessageStartingWith("baseUrl must use https");
  }

  @Test
  void toStringMasksTheKey() {
    assertThat(builder().build().toString()).doesNotContain(SECRET).contains("ApiKey[SUPER_USER, ***]");
  }
}
