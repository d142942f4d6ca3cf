package dev.sivi4j.transport.httpclient;

import dev.sivi4j.ApiKey;
import dev.sivi4j.KeyKind;
import dev.sivi4j.RateLimit;
import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import dev.sivi4j.transport.httpclient.testing.ScriptedServer;
import java.net.URI;
import java.time.Duration;

/** Configurations for client tests: canary keys, fast retries, no client-side rate limit. */
final class TestClients {
  static final String SUPER_KEY = "sk-super-canary-7f3a91";
  static final String ENTERPRISE_KEY = "sk-enterprise-canary-c2d85e";
  static final String BASE_PATH = "/api/prod/v2";

  private TestClients() {}

  static String key(KeyKind kind) {
    return kind == KeyKind.SUPER_USER ? SUPER_KEY : ENTERPRISE_KEY;
  }

  static SiviConfig.Builder config(URI serverUrl, KeyKind kind) {
    return SiviConfig.builder()
        .apiKey(ApiKey.of(kind, key(kind)))
        .baseUrl(serverUrl.resolve(BASE_PATH))
        .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)))
        .rateLimit(RateLimit.off())
        .timeouts(Timeouts.defaults().withConnect(Duration.ofSeconds(2)).withPerAttempt(Duration.ofSeconds(5)));
  }

  static SiviConfig.Builder config(ScriptedServer server, KeyKind kind) {
    return config(server.baseUrl(), kind);
  }

  /** A client's component, so a test can see its pool. */
  static HttpClientComponent component(SiviConfig config) {
    return SiviHttpClient.builder(config).component();
  }
}
