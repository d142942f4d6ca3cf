package dev.sivi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BadArgumentsTest {
  private static final Map<String, String> KEY = Map.of("SIVI_API_KEY", "k", "SIVI_BASE_URL", "http://127.0.0.1:9");

  @Test
  void missingUserIdIsAUsageError() {
    Run run = Run.of(KEY, "delete");
    assertThat(run.exitCode()).isEqualTo(SiviCommand.USAGE);
    assertThat(run.err()).contains("sivi: Missing required parameter: 'USER_ID'").contains("sivi delete --help");
  }

  @Test
  void zeroCreditLimitIsRejectedBeforeSending() {
    Run run = Run.of(KEY, "set-credit-limit", "user-1", "0");
    assertThat(run.exitCode()).isEqualTo(SiviCommand.USAGE);
    assertThat(run.err()).isEqualTo("sivi: LIMIT must be a positive whole number or 'unlimited' (was '0')" + System.lineSeparator());
  }

  @Test
  void wordsAreNotCreditLimits() {
    Run run = Run.of(KEY, "set-credit-limit", "user-1", "lots");
    assertThat(run.exitCode()).isEqualTo(SiviCommand.USAGE);
    assertThat(run.err()).contains("LIMIT must be a positive whole number or 'unlimited' (was 'lots')");
  }

  @Test
  void unknownCommandIsAUsageError() {
    Run run = Run.of(KEY, "frobnicate");
    assertThat(run.exitCode()).isEqualTo(SiviCommand.USAGE);
    assertThat(run.err()).contains("Unmatched argument").contains("Try 'sivi --help'.").doesNotContain("sivi sivi");
  }

  @Test
  void exportNeedsARange() {
    Run run = Run.of(KEY, "export", "user-1", "--to", "2026-01-01");
    assertThat(run.exitCode()).isEqualTo(SiviCommand.USAGE);
    assertThat(run.err()).contains("Missing required option: '--from=DATE'");
  }

  @Test
  void badDatesNameTheOption() {
    Run run = Run.of(KEY, "export", "user-1", "--from", "yesterday", "--to", "2026-01-01");
    assertThat(run.exitCode()).isEqualTo(SiviCommand.USAGE);
    assertThat(run.err()).contains("--from must be a date like 2026-01-31");
  }

  @Test
  void controlCharactersInUserIdsAreRejected() {
    Run run = Run.of(KEY, "delete", "bad\nid");
    assertThat(run.exitCode()).isEqualTo(SiviCommand.USAGE);
    assertThat(run.err()).contains("abstractUserId must not contain control characters");
  }

  @Test
  void missingKeySaysWhatToDo() {
    Run run = Run.of(Map.of(), "delete", "user-1");
    assertThat(run.exitCode()).isEqualTo(SiviCommand.USAGE);
    assertThat(run.err()).contains("SIVI_API_KEY is not set").contains("--fake");
  }
}
