package dev.sivi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelpAndErrorsTest {
  private static final Map<String, String> SUPER_KEY = Map.of("SIVI_API_KEY", "k-123456789", "SIVI_BASE_URL", "http://127.0.0.1:9");
  private static final List<String> SUBCOMMANDS =
      List.of("demo", "fake-server", "login", "set-credit-limit", "delete", "reactivate", "analysis", "export");

  @Test
  void everySubcommandAnswersHelp() {
    for (String command : SUBCOMMANDS) {
      Run run = Run.of(Map.of(), command, "--help");
      assertThat(run.exitCode()).as("%s --help: %s", command, run.err()).isZero();
      assertThat(run.out()).as(command).contains("Usage: sivi " + command).contains("-h, --help");
      assertThat(run.err()).as(command).isEmpty();
    }
  }

  @Test
  void everySubcommandAnswersShortHelpBeforeCheckingItsArguments() {
    Run run = Run.of(Map.of(), "set-credit-limit", "-h");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("USER_ID", "LIMIT");
  }

  @Test
  void helpSubcommandShowsASubcommandsHelp() {
    Run run = Run.of(Map.of(), "help", "export");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: sivi export");
  }

  @Test
  void topLevelMistakesPointToTopLevelHelp() {
    Run run = Run.of(Map.of(), "--frobnicate");
    assertThat(run.exitCode()).isEqualTo(SiviCommand.USAGE);
    assertThat(run.err()).contains("Unknown option: '--frobnicate'").contains("Try 'sivi --help'.").doesNotContain("sivi sivi");
  }

  @Test
  void subcommandMistakesPointToTheSubcommandsHelp() {
    Run run = Run.of(Map.of(), "export", "user-1", "--frm", "2026-01-01");
    assertThat(run.exitCode()).isEqualTo(SiviCommand.USAGE);
    assertThat(run.err()).contains("Try 'sivi export --help'.");
  }

  @Test
  void enterpriseOnlyCommandsWithASuperuserKeySayWhatToSet() {
    Run run = Run.of(SUPER_KEY, "analysis", "user-1");
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err())
        .startsWith("sivi: analysis needs an enterprise admin key: export SIVI_KEY_KIND=enterprise")
        .doesNotContain("ApiKey", "accountAnalysis");
  }

  @Test
  void aBadKeyKindSaysWhichWordsWork() {
    Run run = Run.of(Map.of("SIVI_API_KEY", "k-123456789", "SIVI_KEY_KIND", "admn"), "delete", "user-1");
    assertThat(run.exitCode()).isEqualTo(SiviCommand.USAGE);
    assertThat(run.err()).contains("SIVI_KEY_KIND must be 'super' or 'enterprise' (was 'admn')");
  }

  @Test
  void aBusyPortIsNamedInTheError() throws IOException {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      int port = taken.getLocalPort();

      Run run = Run.of(Map.of(), "fake-server", "--port", Integer.toString(port), "--duration", "PT1S");

      assertThat(run.exitCode()).isEqualTo(SiviCommand.FAILED);
      assertThat(run.err()).isEqualTo(
          "sivi: port " + port + " on 127.0.0.1 is already in use: choose another --port, or --port 0 for a free one"
              + System.lineSeparator());
    }
  }
}
