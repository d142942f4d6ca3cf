package dev.sivi4j.cli;

import com.google.gson.JsonObject;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeClock;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sivi fake-server}: the fake Sivi service on loopback, for clients in any language. */
@Command(name = "fake-server", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Run a fake of the Sivi service on 127.0.0.1 and print its URL and API keys.",
        "",
        "Rate limits are on by default (50 requests a minute for a general key, 100 for the others); "
            + "--no-rate-limits turns them off.",
        "",
        "The same port serves a control API under /_fake/ (JSON in and out, loopback only):",
        "  POST   /_fake/usage          record usage; header sivi-api-key, body {\"abstractUserId\", "
            + "\"numberOfGeneratedDesignVariations\", \"numberOfEditedDesigns\", \"numberOfDownloadedDesigns\", "
            + "\"numberOfMedia\", \"mediaBytes\", \"numberOfContentSnippets\", \"credits\"} (absent counts are 0)",
        "  GET    /_fake/clock          the fake's time",
        "  POST   /_fake/clock/advance  {\"seconds\": n}",
        "  POST   /_fake/faults         a fault rule: {\"kind\": \"status\", \"status\": 503, \"operation\": "
            + "\"login-user\", \"user\", \"account\", \"times\": 2 | \"always\": true, \"probability\", \"seed\"}",
        "  GET    /_fake/faults, DELETE /_fake/faults",
        "  GET    /_fake/journal        the requests received, keys masked; DELETE /_fake/journal clears it",
        "  POST   /_fake/reset          forget users, usage, faults and journal (keys stay)",
        "  GET    /_fake/accounts       keys, kinds and credit pools",
        "A bad request gets 400 with {\"error\", \"field\"} and changes nothing.",
        ""})
final class FakeServerCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "Port to listen on (default: a free one).")
  int port;

  @Option(names = "--seed", paramLabel = "S", description = "Seed for keys, ids and tokens, for repeatable runs.")
  @Nullable Long seed;

  @Option(names = "--rate-limits", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Enforce the documented per-key rate limits (default: on).")
  boolean rateLimits;

  @Option(names = "--duration", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Stop after this long: 10s, 5m, 2h or ISO-8601 such as PT10M (default: until interrupted).")
  @Nullable Duration duration;

  @Option(names = "--shared-account",
      description = "Make the superuser and enterprise admin keys two keys of one master account (same users and credits).")
  boolean sharedAccount;

  @Option(names = "--fixed-clock", paramLabel = "INSTANT", arity = "0..1", fallbackValue = "now",
      description = "Run on a clock that moves only through POST /_fake/clock/advance, starting now or at INSTANT "
          + "(ISO-8601, e.g. 2026-01-01T00:00:00Z). Default: the system clock (which /_fake/clock/advance moves ahead).")
  @Nullable String fixedClock;

  @Option(names = "--json", description = "Print the URL and keys as JSON.")
  boolean json;

  FakeServerCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535 (was " + port + ")");
    }
    FakeSivi.Builder builder = FakeSivi.builder().rateLimiting(rateLimits);
    if (seed != null) {
      builder.seed(seed);
    }
    if (fixedClock != null) {
      builder.clock(FakeClock.fixedAt(clockStart(fixedClock)));
    }
    FakeSivi fake = builder.build();
    FakeAccount superUser = fake.createAccount(FakeKeyKind.SUPER_USER);
    FakeAccount enterprise = sharedAccount
        ? fake.createKey(superUser, FakeKeyKind.ENTERPRISE_ADMIN)
        : fake.createAccount(FakeKeyKind.ENTERPRISE_ADMIN);
    FakeAccount general = fake.createAccount(FakeKeyKind.GENERAL);
    CountDownLatch stop = new CountDownLatch(1);
    Thread hook = new Thread(stop::countDown, "sivi-fake-server-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try (FakeSiviServer server = FakeSiviServer.start(fake, port)) {
      String base = server.baseUri().toString();
      if (json) {
        JsonObject out = new JsonObject();
        out.addProperty("baseUrl", base);
        out.addProperty("stagingBaseUrl", server.stagingBaseUri().toString());
        out.addProperty("controlUrl", server.controlUri().toString());
        out.addProperty("superUserKey", superUser.secret());
        out.addProperty("enterpriseAdminKey", enterprise.secret());
        out.addProperty("generalKey", general.secret());
        out.addProperty("superUserAccountId", superUser.id());
        out.addProperty("enterpriseAdminAccountId", enterprise.id());
        out.addProperty("generalAccountId", general.id());
        out.addProperty("sharedAccount", sharedAccount);
        out.addProperty("rateLimits", rateLimits);
        out.addProperty("fixedClock", fixedClock != null);
        terminal.out().println(out);
      } else {
        terminal.out().println("Sivi fake listening on 127.0.0.1:" + server.port());
        terminal.out().println("  base URL              " + base);
        terminal.out().println("  staging base URL      " + server.stagingBaseUri());
        terminal.out().println("  control API           " + server.controlUri() + "  (see ./sivi fake-server --help)");
        terminal.out().println("  superuser key         " + superUser.secret() + "  (account " + superUser.id() + ")");
        terminal.out().println("  enterprise admin key  " + enterprise.secret() + "  (account " + enterprise.id()
            + (sharedAccount ? ", shared with the superuser key)" : ")"));
        terminal.out().println("  general key           " + general.secret() + "  (account " + general.id() + ")");
        terminal.out().println(sharedAccount
            ? "Both keys reach one account: a user logged in with either key exists for both."
            : "Each key is its own account: a user logged in with one key does not exist for another "
                + "(--shared-account joins the superuser and enterprise admin keys).");
        terminal.out().println(rateLimits
            ? "Rate limits are on (50/min general, 100/min superuser and enterprise admin); --no-rate-limits turns them off."
            : "Rate limits are off.");
        terminal.out().println(
            "Try: SIVI_API_KEY=" + superUser.secret() + " SIVI_BASE_URL=" + base + " ./sivi login user-1");
        terminal.out().println(duration == null ? "Press Ctrl-C to stop." : "Stopping after " + duration + ".");
      }
      terminal.out().flush();
      if (duration == null) {
        stop.await();
      } else {
        stop.await(duration.toMillis(), TimeUnit.MILLISECONDS);
      }
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is already exiting through the hook; nothing to undo.
      }
    }
    return 0;
  }

  private static Instant clockStart(String text) {
    if (text.equals("now")) {
      return Instant.now();
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--fixed-clock must be an ISO-8601 instant such as 2026-01-01T00:00:00Z (was "
          + text + ")");
    }
  }
}
