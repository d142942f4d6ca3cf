package dev.sivi4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProxySettingsTest {
  private static final URI SIVI = URI.create("https://api.sivi.ai/api/prod/v2");
  private static final String PASSWORD = "proxy-canary-9a7c31e0";

  @Test
  void toStringNeverShowsThePassword() {
    ProxySettings proxy = ProxySettings.of("proxy.internal", 3128).withCredentials("svc", PASSWORD);
    SiviConfig config = SiviConfig.builder().apiKey(ApiKey.superUser("k-123456789")).proxy(proxy).build();

    assertThat(proxy.toString()).contains("proxy.internal:3128", "svc").doesNotContain(PASSWORD);
    assertThat(config.toString()).contains("proxy.internal:3128").doesNotContain(PASSWORD);
    assertThat(proxy.revealPassword()).contains(PASSWORD);
  }

  @Test
  void rejectsAHostWithASchemeOrAnOutOfRangePort() {
    assertThatThrownBy(() -> ProxySettings.of("http://proxy", 3128)).hasMessageContaining("without a scheme");
    assertThatThrownBy(() -> ProxySettings.of("proxy", 0)).hasMessageContaining("between 1 and 65535");
    assertThatThrownBy(() -> ProxySettings.of(" ", 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsControlCharactersInCredentialsWithoutQuotingThePassword() {
    ProxySettings proxy = ProxySettings.of("proxy", 1);
    assertThatThrownBy(() -> proxy.withCredentials("svc", PASSWORD + "\r\nX: y"))
        .hasMessageContaining("control characters")
        .hasMessageNotContaining(PASSWORD);
    assertThatThrownBy(() -> proxy.withCredentials("a:b", PASSWORD)).hasMessageContaining("':'");
  }

  @Test
  void noProxyEntriesBypassTheProxyForMatchingHosts() {
    assertThat(ProxySettings.bypasses(List.of("*.sivi.ai"), "api.sivi.ai")).isTrue();
    assertThat(ProxySettings.bypasses(List.of(".sivi.ai"), "sivi.ai")).isTrue();
    assertThat(ProxySettings.bypasses(List.of(".sivi.ai"), "api.SIVI.ai")).isTrue();
    assertThat(ProxySettings.bypasses(List.of("10.*"), "10.1.2.3")).isTrue();
    assertThat(ProxySettings.bypasses(List.of("[::1]"), "[::1]")).isTrue();
    assertThat(ProxySettings.bypasses(List.of("*"), "anything")).isTrue();
    assertThat(ProxySettings.bypasses(List.of("sivi.ai"), "api.sivi.ai")).isFalse();
    assertThat(ProxySettings.bypasses(List.of("*.example.com"), "api.sivi.ai")).isFalse();
  }

  @Test
  void configResolvesNoProxyForItsBaseUrl() {
    ProxySettings proxy = ProxySettings.of("proxy", 3128).withNoProxy(List.of("*.sivi.ai"));
    SiviConfig bypassed = SiviConfig.builder().apiKey(ApiKey.superUser("k-123456789")).proxy(proxy).build();
    SiviConfig proxied = bypassed.toBuilder().baseUrl(URI.create("https://sivi.example.com")).build();

    assertThat(bypassed.proxy()).isEmpty();
    assertThat(proxied.proxy()).contains(proxy);
  }

  @Test
  void systemPropertiesNameTheProxyForTheBaseUrlsScheme() {
    Map<String, String> props = Map.of(
        "https.proxyHost", "secure-proxy", "https.proxyPort", "8443",
        "http.proxyHost", "plain-proxy", "http.nonProxyHosts", "*.internal|localhost");
    ProxySettings system = ProxySettings.fromProperties(props::get).withCredentials("svc", PASSWORD);

    ProxySettings https = system.forTarget(SIVI).orElseThrow();
    assertThat(https.host()).isEqualTo("secure-proxy");
    assertThat(https.port()).isEqualTo(8443);
    assertThat(https.revealPassword()).contains(PASSWORD);
    ProxySettings http = system.forTarget(URI.create("http://127.0.0.1:8080")).orElseThrow();
    assertThat(http.address()).isEqualTo("plain-proxy:80");
    assertThat(system.forTarget(URI.create("https://sivi.internal"))).isEmpty();
    assertThat(system.forTarget(URI.create("http://localhost:8080"))).isEmpty();
  }

  @Test
  void systemPropertiesWithoutAHostMeanADirectConnection() {
    ProxySettings system = ProxySettings.fromProperties(name -> null);

    assertThat(system.forTarget(SIVI)).isEmpty();
    assertThat(system.fromSystemProperties()).isTrue();
    assertThatThrownBy(system::host).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void systemPropertiesKeepTheJdkDefaultBypassForLoopback() {
    ProxySettings system = ProxySettings.fromProperties(Map.of("http.proxyHost", "plain-proxy")::get);

    assertThat(system.forTarget(URI.create("http://127.0.0.1:8080"))).isEmpty();
    assertThat(system.forTarget(URI.create("http://10.0.0.5:8080"))).isPresent();
  }

  @Test
  void rejectsABadSystemProxyPort() {
    ProxySettings system = ProxySettings.fromProperties(Map.of("https.proxyHost", "p", "https.proxyPort", "x")::get);

    assertThatThrownBy(() -> system.forTarget(SIVI)).hasMessageContaining("https.proxyPort");
  }
}
