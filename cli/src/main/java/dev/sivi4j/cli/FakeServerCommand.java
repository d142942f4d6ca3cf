package dev.sivi4j.cli;

import com.google.gson.JsonObject;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sivi fake-server}: the fake Sivi service on loopback, for clients in any language. */
@Command(name = "fake-server", description = "Run a fake of the Sivi service on 127.0.0.1 and print its URL and API keys.")
final class FakeServerCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "Port to listen on (default: a free one).")
  int port;

  @Option(names = "--seed", paramLabel = "S", description = "Seed for keys, ids and tokens, for repeatable runs.")
  @Nullable Long seed;

  @Option(names = "--rate-limits", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Enforce the documented per-key rate limits (default: on).")
  boolean rateLimits;

  @Option(names = "--duration", paramLabel = "DURATION", description = "Stop after this long, e.g. PT10M (default: until interrupted).")
  @Nullable Duration duration;

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
    FakeSivi fake = builder.build();
    FakeAccount superUser = fake.createAccount(FakeKeyKind.SUPER_USER);
    FakeAccount enterprise = fake.createAccount(FakeKeyKind.ENTERPRISE_ADMIN);
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
        out.addProperty("superUserKey", superUser.secret());
        out.addProperty("enterpriseAdminKey", enterprise.secret());
        out.addProperty("generalKey", general.secret());
        terminal.out().println(out);
      } else {
        terminal.out().println("Sivi fake listening on 127.0.0.1:" + server.port());
        terminal.out().println("  base URL              " + base);
        terminal.out().println("  staging base URL      " + server.stagingBaseUri());
        terminal.out().println("  superuser key         " + superUser.secret());
        terminal.out().println("  enterprise admin key  " + enterprise.secret());
        terminal.out().println("  general key           " + general.secret());
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
}
