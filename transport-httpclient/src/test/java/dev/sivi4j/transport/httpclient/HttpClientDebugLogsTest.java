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
import dev.sivi4j.testkit.contract.Canary;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * HttpClient's own DEBUG logs, on with this module's test SLF4J back end (the testkit's {@link
 * dev.sivi4j.testkit.contract.CanarySlf4jProvider}): its header log prints each
 * request header with {@code Header.toString()}, which shows a sensitive header's value, and its wire
 * log prints the bytes sent. The connections sivi4j builds log neither; a client the user brings keeps
 * HttpClient's defaults, whose logs are the user's to configure.
 */
class HttpClientDebugLogsTest {
  /**
   * The loggers through which a user-built client's default connections print the key: its header log
   * and its wire log. The fault matrix's canary check sets them aside because its TLS cells run on such
   * a client, whose logging is the user's to configure. sivi4j's own client never logs the key on them,
   * which {@link #httpClientDebugLogsNeverShowTheKey()} checks.
   */
  static final List<String> KNOWN_LEAKING_LOGGERS =
      List.of("log org.apache.hc.client5.http.headers", "log argument org.apache.hc.client5.http.headers",
          "log org.apache.hc.client5.http.wire", "log argument org.apache.hc.client5.http.wire");

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
}
