package dev.sivi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class FakeServerOptionsTest {

  /** Starts {@code fake-server} with these arguments and returns what it printed first, once it printed. */
  private static Started start(String... args) throws InterruptedException {
    StringWriter out = new StringWriter();
    Terminal terminal = new Terminal(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), Map.of(), false);
    String[] all = new String[args.length + 1];
    all[0] = "fake-server";
    System.arraycopy(args, 0, all, 1, args.length);
    CompletableFuture<Integer> server = CompletableFuture.supplyAsync(() -> SiviCommand.run(terminal, all));
    Instant give = Instant.now().plus(Duration.ofSeconds(10));
    while (!out.toString().contains("\n") && Instant.now().isBefore(give)) {
      Thread.sleep(20);
    }
    Thread.sleep(50);
    return new Started(out.toString(), server);
  }

  private record Started(String out, CompletableFuture<Integer> exit) {
    JsonObject json() {
      return JsonParser.parseString(out).getAsJsonObject();
    }
  }

  @Test
  void sharedAccountMakesAUserLoggedInWithTheSuperuserKeyExistForTheEnterpriseKey() throws Exception {
    Started started = start("--json", "--shared-account", "--duration", "3s");
    JsonObject printed = started.json();

    assertThat(printed.get("superUserAccountId").getAsString())
        .isEqualTo(printed.get("enterpriseAdminAccountId").getAsString());
    assertThat(printed.get("generalAccountId").getAsString())
        .isNotEqualTo(printed.get("superUserAccountId").getAsString());
    assertThat(printed.get("controlUrl").getAsString()).startsWith("http://127.0.0.1:").endsWith("/_fake");
    String base = printed.get("baseUrl").getAsString();
    Run login = Run.of(Map.of("SIVI_API_KEY", printed.get("superUserKey").getAsString(), "SIVI_BASE_URL", base),
        "login", "user-1");
    Run analysis = Run.of(Map.of("SIVI_API_KEY", printed.get("enterpriseAdminKey").getAsString(),
        "SIVI_KEY_KIND", "enterprise", "SIVI_BASE_URL", base), "analysis", "user-1");
    assertThat(login.exitCode()).as(login.err()).isZero();
    assertThat(analysis.exitCode()).as(analysis.err() + analysis.out()).isZero();
    assertThat(started.exit().get()).isZero();
  }

  @Test
  void startUpTextNamesEachKeysAccountAndSaysRateLimitsAreOn() throws Exception {
    Started started = start("--duration", "1s");
    Thread.sleep(300);
    assertThat(started.exit().get()).isZero();
    Run help = Run.of(Map.of(), "fake-server", "--help");
    String text = started.out();

    assertThat(text).containsPattern("superuser key +\\S+ +\\(account acct-1\\)")
        .containsPattern("enterprise admin key +\\S+ +\\(account acct-2\\)")
        .contains("control API").contains("/_fake")
        .contains("Rate limits are on").contains("--no-rate-limits");
    assertThat(help.out()).contains("/_fake/usage").contains("/_fake/clock/advance").contains("/_fake/faults")
        .contains("/_fake/journal").contains("/_fake/reset").contains("/_fake/accounts")
        .contains("--shared-account").contains("--no-rate-limits").contains("10s, 5m");
  }

  @Test
  void aFixedClockStartsAtTheGivenInstantAndMovesThroughTheControlApi() throws Exception {
    Started started = start("--json", "--fixed-clock=2026-01-01T00:00:00Z", "--duration", "3s");
    String control = started.json().get("controlUrl").getAsString();
    String before = http("GET", control + "/clock", null);
    String after = http("POST", control + "/clock/advance", "{\"seconds\":60}");

    assertThat(before).contains("\"now\":\"2026-01-01T00:00:00Z\"").contains("\"fixed\":true");
    assertThat(after).contains("\"now\":\"2026-01-01T00:01:00Z\"");
    assertThat(started.exit().get()).isZero();
  }

  private static String http(String method, String url, String body) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
    connection.setRequestMethod(method);
    if (body != null) {
      connection.setDoOutput(true);
      try (OutputStream out = connection.getOutputStream()) {
        out.write(body.getBytes(StandardCharsets.UTF_8));
      }
    }
    try (InputStream in = connection.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } finally {
      connection.disconnect();
    }
  }

  @Test
  void readsShortAndIsoDurations() {
    DurationConverter converter = new DurationConverter();

    assertThat(converter.convert("10s")).isEqualTo(Duration.ofSeconds(10));
    assertThat(converter.convert("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(converter.convert("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(converter.convert("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(converter.convert("PT10M")).isEqualTo(Duration.ofMinutes(10));
    assertThatThrownBy(() -> converter.convert("ten")).isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("10s");
    assertThatThrownBy(() -> converter.convert("0s")).isInstanceOf(TypeConversionException.class);
  }

  @Test
  void rejectsABadDurationAndABadClockStart() {
    assertThat(Run.of(Map.of(), "fake-server", "--duration", "soon").exitCode()).isEqualTo(SiviCommand.USAGE);
    Run badClock = Run.of(Map.of(), "fake-server", "--fixed-clock=yesterday", "--duration", "1s");
    assertThat(badClock.exitCode()).isNotZero();
    assertThat(badClock.err()).contains("--fixed-clock");
  }
}
