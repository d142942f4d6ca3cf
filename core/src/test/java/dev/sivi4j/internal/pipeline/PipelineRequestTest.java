package dev.sivi4j.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.ApiKey;
import dev.sivi4j.KeyKind;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.internal.fakes.Bodies;
import dev.sivi4j.internal.fakes.Replies;
import dev.sivi4j.spi.Header;
import dev.sivi4j.spi.TransportRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** What goes on the wire: the URL per key kind and prefix, the headers, the body, the limits. */
class PipelineRequestTest {
  private static final String PROD = "https://connect.sivi.ai/api/prod/v2/";

  @ParameterizedTest
  @EnumSource(Operation.class)
  void superUserKeyCallsTheSuperPathFamily(Operation operation) {
    Endpoints endpoints = new Endpoints(Harness.config().build());
    assertThat(endpoints.uri(operation)).isEqualTo(URI.create(PROD + "super/" + operation.endpoint()));
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void enterpriseKeyCallsTheEnterprisePathFamily(Operation operation) {
    SiviConfig config = Harness.config().apiKey(ApiKey.of(KeyKind.ENTERPRISE_ADMIN, Harness.KEY)).build();
    assertThat(new Endpoints(config).uri(operation)).isEqualTo(URI.create(PROD + "enterprise/" + operation.endpoint()));
  }

  @ParameterizedTest
  @CsvSource({
    "general, https://connect.sivi.ai/api/prod/v2/general/delete-user",
    "'', https://connect.sivi.ai/api/prod/v2/delete-user",
    "enterprise, https://connect.sivi.ai/api/prod/v2/enterprise/delete-user"
  })
  void pathPrefixOverrideReplacesTheKeyKindsPrefix(String prefix, String expected) {
    SiviConfig config = Harness.config().pathPrefix(prefix).build();
    assertThat(new Endpoints(config).uri(Operation.DELETE_USER)).isEqualTo(URI.create(expected));
  }

  @ParameterizedTest
  @CsvSource({
    "http://127.0.0.1:4010/, http://127.0.0.1:4010/super/login-user",
    "https://proxy.example.com/sivi/v2/, https://proxy.example.com/sivi/v2/super/login-user"
  })
  void baseUrlPathIsKeptWithoutDoubleSlashes(String base, String expected) {
    SiviConfig config = Harness.config().baseUrl(URI.create(base)).build();
    assertThat(new Endpoints(config).uri(Operation.LOGIN_USER)).isEqualTo(URI.create(expected));
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void sendsTheKeyAsASensitiveHeaderWithJsonAndUserAgentHeaders(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.ok());
    harness.run(harness.delete());

    TransportRequest request = harness.requests().get(0);
    assertThat(request.uri()).isEqualTo(URI.create(PROD + "super/delete-user"));
    assertThat(request.headers())
        .extracting(Header::name)
        .containsExactly("sivi-api-key", "Content-Type", "Accept", "User-Agent");
    assertThat(request.headers().get(0)).isEqualTo(new Header("sivi-api-key", Harness.KEY, true));
    assertThat(request.headers().get(1)).isEqualTo(new Header("Content-Type", "application/json"));
    assertThat(request.headers().get(2)).isEqualTo(new Header("Accept", "application/json"));
    Header userAgent = request.headers().get(3);
    assertThat(userAgent.sensitive()).isFalse();
    assertThat(userAgent.value()).startsWith("sivi4j/").contains(" Java/");
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void userAgentCarriesTheBuiltVersion(Driver driver) {
    assertThat(Pipeline.VERSION).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(Pipeline.userAgent()).startsWith("sivi4j/" + Pipeline.VERSION + " Java/" + System.getProperty("java.version"));
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void sendsTheEncodedBodyTheAttemptNumberAndTheLimits(Driver driver) {
    SiviConfig config = Harness.config().maxResponseBytes(4096).build();
    Harness harness = new Harness(driver, config).replies(Replies.error(503, "busy"), Replies.ok());
    harness.run(harness.setCreditLimit());

    assertThat(harness.requests()).hasSize(2);
    TransportRequest first = harness.requests().get(0);
    assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("{\"abstractUserId\":\"user-42\",\"creditLimit\":100}");
    assertThat(first.operation()).isEqualTo(Operation.SET_CREDIT_LIMIT);
    assertThat(first.maxResponseBytes()).isEqualTo(4096);
    assertThat(first.timeout()).isEqualTo(Duration.ofSeconds(20));
    assertThat(harness.requests()).extracting(TransportRequest::attempt).containsExactly(1, 2);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void loginUserReturnsTheUserWithTheServicesWorkspaceAndTokens(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.status(200, Bodies.login("ws-9", "acc-1", "ref-1")));
    UserLogin login = harness.run(harness.login());
    assertThat(login).isNotNull();
    assertThat(login.user().id()).isEqualTo(Harness.USER);
    assertThat(login.user().workspaceId()).isEqualTo("ws-9");
    assertThat(login.tokens().accessToken()).isEqualTo("acc-1");
    assertThat(login.tokens().refreshToken()).isEqualTo("ref-1");
  }
}
