package dev.sivi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import dev.sivi4j.testkit.Usage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndpointCommandsTest {
  private FakeSivi fake;
  private FakeAccount account;
  private FakeSiviServer server;
  private Map<String, String> env;

  @BeforeEach
  void startFake() throws IOException {
    fake = FakeSivi.builder().rateLimiting(false).build();
    account = fake.createAccount(FakeKeyKind.ENTERPRISE_ADMIN);
    server = FakeSiviServer.start(fake, 0);
    env = Map.of("SIVI_API_KEY", account.secret(), "SIVI_KEY_KIND", "enterprise", "SIVI_BASE_URL", server.baseUri().toString());
  }

  @AfterEach
  void stopFake() {
    server.close();
  }

  @Test
  void loginPrintsWorkspaceAndHidesTokensUnlessJson() {
    Run human = Run.of(env, "login", "user-1", "--brand-name", "Acme", "--brand-description", "Coffee");
    assertThat(human.exitCode()).isZero();
    assertThat(human.out()).startsWith("Logged in user-1: workspace ").contains("--json prints them");
    assertThat(human.err()).isEmpty();

    Run json = Run.of(env, "login", "user-1", "--json");
    JsonObject body = JsonParser.parseString(json.out()).getAsJsonObject();
    assertThat(body.get("abstractUserId").getAsString()).isEqualTo("user-1");
    assertThat(body.get("accessToken").getAsString()).isNotBlank();
    assertThat(fake.user(account, AbstractUserId.of("user-1"))).isPresent();
  }

  @Test
  void setCreditLimitAcceptsNumbersAndUnlimited() {
    Run.of(env, "login", "user-1");
    assertThat(Run.of(env, "set-credit-limit", "user-1", "100").out()).contains("set to 100");
    assertThat(Run.of(env, "set-credit-limit", "user-1", "unlimited").out()).contains("set to unlimited");
  }

  @Test
  void deleteAndReactivateConfirm() {
    Run.of(env, "login", "user-1");
    assertThat(Run.of(env, "delete", "user-1").out()).startsWith("Deleted user-1");
    assertThat(Run.of(env, "reactivate", "user-1").out()).startsWith("Reactivated user-1");
  }

  @Test
  void analysisShowsTableAndJson() {
    Run.of(env, "login", "user-1");
    fake.recordUsage(account, AbstractUserId.of("user-1"), Usage.builder().generatedVariations(7).credits(7).build());
    Run table = Run.of(env, "analysis", "user-1");
    assertThat(table.exitCode()).isZero();
    assertThat(table.out()).contains("past year", "generated", "Credits:");
    Run json = Run.of(env, "analysis", "user-1", "--json");
    JsonObject body = JsonParser.parseString(json.out()).getAsJsonObject();
    assertThat(body.getAsJsonObject("yearlyAnalysis").get("numberOfGeneratedDesignVariations").getAsLong()).isEqualTo(7);
  }

  @Test
  void exportWritesJsonLinesToFile(@TempDir Path dir) throws IOException {
    Run.of(env, "login", "user-1");
    fake.recordUsage(account, AbstractUserId.of("user-1"), Usage.builder().generatedVariations(3).credits(3).build());
    Path file = dir.resolve("export.jsonl");
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
    String monthAgo = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(30).toString();
    Run run = Run.of(env, "export", "user-1", "--from", monthAgo, "--to", today, "--out", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(JsonParser.parseString(line).getAsJsonObject().get("kind").getAsString()).isEqualTo("variant"));
    assertThat(run.err()).contains("Exported 3 records");
  }

  @Test
  void serviceErrorIsOneLineWithExitCodeOne() {
    Run run = Run.of(env, "delete", "nobody");
    assertThat(run.exitCode()).isEqualTo(SiviCommand.FAILED);
    assertThat(run.err()).startsWith("sivi: delete failed: user not found").doesNotContain("\tat ");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void verboseAddsTheStackTrace() {
    Run run = Run.of(env, "delete", "nobody", "--verbose");
    assertThat(run.exitCode()).isEqualTo(SiviCommand.FAILED);
    assertThat(run.err()).contains("UserNotFoundException", "\tat ");
  }

  @Test
  void errorsNeverShowTheKey() {
    Run run = Run.of(env, "delete", "nobody", "--verbose");
    assertThat(run.out() + run.err()).doesNotContain(account.secret());
  }

  @Test
  void fakeFlagWorksWithoutAKey() {
    Run run = Run.of(Map.of(), "analysis", "user-1", "--fake", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(JsonParser.parseString(run.out()).getAsJsonObject().has("creditBalance")).isTrue();
  }
}
