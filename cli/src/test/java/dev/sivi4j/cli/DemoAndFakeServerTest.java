package dev.sivi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class DemoAndFakeServerTest {
  @Test
  void demoWalksBothClientsThroughEveryOperation() {
    Run run = Run.of(Map.of(), "demo");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Blocking client", "Non-blocking client")
        .contains("login-user", "set-user-credit-limit", "429 Insufficient credit limit", "account-analysis")
        .contains("export-data", "delete-user", "reactivate-user")
        .endsWith("Done: both clients walked an end user through every operation." + System.lineSeparator());
    assertThat(run.err()).isEmpty();
  }

  @Test
  void fakeServerPrintsItsUrlAndKeysAndServesRequests() throws Exception {
    StringWriter out = new StringWriter();
    Terminal terminal = new Terminal(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), Map.of(), false);
    CompletableFuture<Integer> server =
        CompletableFuture.supplyAsync(() -> SiviCommand.run(terminal, "fake-server", "--json", "--seed", "7", "--duration", "PT3S"));
    Instant give = Instant.now().plus(Duration.ofSeconds(10));
    while (out.toString().isEmpty() && Instant.now().isBefore(give)) {
      Thread.sleep(20);
    }
    JsonObject printed = JsonParser.parseString(out.toString()).getAsJsonObject();
    assertThat(printed.get("baseUrl").getAsString()).startsWith("http://127.0.0.1:").endsWith("/api/prod/v2");

    Run login =
        Run.of(Map.of("SIVI_API_KEY", printed.get("superUserKey").getAsString(), "SIVI_BASE_URL", printed.get("baseUrl").getAsString()), "login", "user-1");
    assertThat(login.exitCode()).as(login.err()).isZero();
    assertThat(server.get()).isZero();
  }

  @Test
  void fakeServerRejectsBadPorts() {
    Run run = Run.of(Map.of(), "fake-server", "--port", "70000");
    assertThat(run.exitCode()).isEqualTo(SiviCommand.USAGE);
    assertThat(run.err()).contains("--port must be between 0 and 65535");
  }
}
