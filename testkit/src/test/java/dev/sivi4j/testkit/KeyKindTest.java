package dev.sivi4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.KeyKind;
import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.error.AuthenticationException;
import dev.sivi4j.error.PermissionDeniedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KeyKindTest {
  private static final String BODY = "{\"abstractUserId\":\"user-1\",\"startDate\":0,\"endDate\":10}";

  private final FakeSivi fake = FakeSivi.create();
  private final FakeAccount general = fake.createAccount(FakeKeyKind.GENERAL);
  private final FakeAccount superUser = fake.createAccount(FakeKeyKind.SUPER_USER);
  private final FakeAccount enterprise = fake.createAccount(FakeKeyKind.ENTERPRISE_ADMIN);

  private FakeAccount account(String kind) {
    return switch (kind) {
      case "general" -> general;
      case "super" -> superUser;
      default -> enterprise;
    };
  }

  @ParameterizedTest(name = "{0} key on {1}/{2} -> {3}")
  @CsvSource({
      "general, general, login-user, 403",
      "general, super, login-user, 403",
      "general, enterprise, delete-user, 403",
      "super, super, login-user, 200",
      "super, general, login-user, 200",
      "super, enterprise, login-user, 403",
      "super, super, account-analysis, 403",
      "super, super, export-data, 403",
      "enterprise, enterprise, login-user, 200",
      "enterprise, enterprise, account-analysis, 400",
      "enterprise, enterprise, export-data, 400",
      "enterprise, super, login-user, 403",
      "enterprise, general, login-user, 403"})
  void keyKindsAreCheckedAgainstThePathFamily(String kind, String family, String endpoint, int status) {
    Raw.Reply reply = Raw.inProcess(fake).post(family + "/" + endpoint, account(kind).secret(), BODY);

    assertThat(reply.status()).isEqualTo(status);
    if (status == 403) {
      assertThat(reply.message()).isEqualTo("This API key is not allowed to call this endpoint");
      assertThat(reply.envelope().get("status").getAsInt()).isEqualTo(403);
    }
  }

  @Test
  void missingOrUnknownKeysAreUnauthenticated() {
    Raw raw = Raw.inProcess(fake);
    for (String key : new String[] {null, "nope", superUser.secret() + "x"}) {
      Raw.Reply reply = raw.post("super/login-user", key, BODY);
      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.message()).isEqualTo("Failed to authenticate request. Please add sivi-api-key header in request");
    }
  }

  @Test
  void generalKeyHeldByAClientIsRefused() {
    try (SiviClient client = fake.blockingClient(general)) {
      assertThatThrownBy(() -> client.loginUser(LoginUserRequest.of(AbstractUserId.of("u"))))
          .isInstanceOf(PermissionDeniedException.class);
    }
    assertThat(general.apiKey().kind()).isEqualTo(KeyKind.SUPER_USER);
  }

  @Test
  void clientWithAnUnknownKeyFailsAuthentication() {
    FakeSivi other = FakeSivi.builder().seed(99).build();
    FakeAccount stranger = other.createAccount(FakeKeyKind.SUPER_USER);
    try (SiviClient client = fake.blockingClient(superUser, b -> b.apiKey(stranger.apiKey()))) {
      assertThatThrownBy(() -> client.loginUser(LoginUserRequest.of(AbstractUserId.of("u"))))
          .isInstanceOf(AuthenticationException.class);
    }
  }

  @Test
  void unprefixedAndUnknownPathsAreUnknownEndpoints() {
    Raw raw = Raw.inProcess(fake);
    for (String path : new String[] {
        "/api/prod/v2/login-user", "/api/prod/v2/super/extract-brand", "/api/prod/v3/super/login-user",
        "/api/dev/v2/super/login-user", "/super/login-user", "/api/prod/v2/admin/login-user"}) {
      Raw.Reply reply = raw.send(path, superUser.secret(), BODY);
      assertThat(reply.status()).as(path).isEqualTo(404);
      assertThat(reply.message()).isEqualTo("Unknown endpoint");
    }
  }

  @Test
  void stagingAnswersLikeProductionOnTheSameState() {
    Raw raw = Raw.inProcess(fake);
    String workspace = raw.send("/api/staging/v2/super/login-user", superUser.secret(), BODY).body().get("workspaceId").getAsString();

    assertThat(raw.post("super/login-user", superUser.secret(), BODY).body().get("workspaceId").getAsString()).isEqualTo(workspace);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''", "'not json'", "'[1]'", "'{}'", "'{\"abstractUserId\":5}'", "'{\"abstractUserId\":\"\"}'",
      "'{\"abstractUserId\":\" padded\"}'", "'{\"abstractUserId\":\"a\\u0000b\"}'", "'{\"abstractUserId\":\"u\"} trailing'",
      "'{\"abstractUserId\":\"u\",}'", "'{\"abstractUserId\":\"u\",\"planId\":3}'", "'{\"abstractUserId\":\"u\",\"brand\":\"x\"}'",
      "'{\"abstractUserId\":\"u\",\"brand\":{\"brandName\":7}}'"})
  void refusesInvalidBodies(String body) {
    Raw.Reply reply = Raw.inProcess(fake).post("super/login-user", superUser.secret(), body);

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.message()).isEqualTo("Invalid input");
  }

  @Test
  void acceptsBrandAndPlan() {
    String body = "{\"abstractUserId\":\"u\",\"planId\":\"sp-01\",\"brand\":{\"brandName\":\"Sivi\",\"brandColors\":[\"#5662EC\"],"
        + "\"brandPersona\":{\"industry\":\"games\"}},\"unknownField\":true}";

    assertThat(Raw.inProcess(fake).post("super/login-user", superUser.secret(), body).status()).isEqualTo(200);
  }
}
