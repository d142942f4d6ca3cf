package dev.sivi4j.transport.httpclient;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.KeyKind;
import dev.sivi4j.RateLimit;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.testkit.AccountSpec;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import dev.sivi4j.testkit.tck.Canary;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.junit.jupiter.api.Test;

/**
 * HttpClient's own DEBUG logs, on with this module's test SLF4J back end (the testkit's {@link
 * dev.sivi4j.testkit.tck.CanarySlf4jProvider}): its header log prints each
 * request header with {@code Header.toString()}, which shows a sensitive header's value, and its wire
 * log prints the bytes sent. The connections sivi4j builds log neither, and {@link
 * SiviHttpClient#quietConnections()} gives them to a client the user builds.
 */
class HttpClientDebugLogsTest {
  @Test
  void httpClientDebugLogsNeverShowTheKey() {
    int before = Canary.leaks().size();
    // Counts since this JVM started: the fault matrix's user-supplied clients may have logged already.
    long clientLinesBefore = Canary.logLines("org.apache.hc.client5.http");
    long wireLinesBefore = Canary.logLines("org.apache.hc.client5.http.wire");
    try (FakeSiviServer server = FakeSivi.create().startServer()) {
      server.fake().createAccount(AccountSpec.of(FakeKeyKind.SUPER_USER).withSecret(Canary.SUPER_USER_SECRET));
      SiviConfig config =
          SiviConfig.builder().apiKey(Canary.key(KeyKind.SUPER_USER)).baseUrl(server.baseUri()).rateLimit(RateLimit.off()).build();
      try (SiviClient sivi = SiviHttpClient.create(config)) {
        sivi.loginUser(LoginUserRequest.of(AbstractUserId.of("user-12345")));
      }
    }

    // HttpClient did log (its exec chain) but sivi4j's connections bind no wire log.
    assertThat(Canary.logLines("org.apache.hc.client5.http")).isGreaterThan(clientLinesBefore);
    assertThat(Canary.logLines("org.apache.hc.client5.http.wire")).isEqualTo(wireLinesBefore);
    assertThat(Canary.leaks().subList(before, Canary.leaks().size())).isEmpty();
  }

  @Test
  void aUserBuiltClientOnQuietConnectionsNeverShowsTheKey() throws Exception {
    int before = Canary.leaks().size();
    long clientLinesBefore = Canary.logLines("org.apache.hc.client5.http");
    long wireLinesBefore = Canary.logLines("org.apache.hc.client5.http.wire");
    try (FakeSiviServer server = FakeSivi.create().startServer();
        CloseableHttpClient userClient =
            HttpClients.custom()
                .setConnectionManager(
                    PoolingHttpClientConnectionManagerBuilder.create()
                        .setConnectionFactory(SiviHttpClient.quietConnections())
                        .build())
                .disableAutomaticRetries()
                .build()) {
      server.fake().createAccount(AccountSpec.of(FakeKeyKind.SUPER_USER).withSecret(Canary.SUPER_USER_SECRET));
      SiviConfig config =
          SiviConfig.builder().apiKey(Canary.key(KeyKind.SUPER_USER)).baseUrl(server.baseUri()).rateLimit(RateLimit.off()).build();
      try (SiviClient sivi = SiviHttpClient.builder(config).httpClient(userClient).build()) {
        sivi.loginUser(LoginUserRequest.of(AbstractUserId.of("user-12345")));
      }
    }

    assertThat(Canary.logLines("org.apache.hc.client5.http")).isGreaterThan(clientLinesBefore);
    assertThat(Canary.logLines("org.apache.hc.client5.http.wire")).isEqualTo(wireLinesBefore);
    assertThat(Canary.leaks().subList(before, Canary.leaks().size())).isEmpty();
  }
}
