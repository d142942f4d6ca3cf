package dev.sivi4j.cli;

import dev.sivi4j.RateLimit;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.Brand;
import dev.sivi4j.domain.BrandPersona;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import dev.sivi4j.transport.httpclient.SiviHttpClient;
import dev.sivi4j.transport.vertx.SiviVertx;
import dev.sivi4j.transport.vertx.VertxSiviClient;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/**
 * {@code sivi demo}: starts the fake on loopback and walks one end user per client through every
 * operation, on the blocking client and on the Vert.x client.
 */
@Command(name = "demo", description = "Walk an end user through every operation on a local fake, with both clients.")
final class DemoCommand implements Callable<Integer> {
  private final Terminal terminal;

  DemoCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws Exception {
    FakeSivi fake = FakeSivi.create();
    FakeAccount account = fake.createAccount(FakeKeyKind.ENTERPRISE_ADMIN);
    DemoReport report = new DemoReport(terminal.out(), fake, account);
    try (FakeSiviServer server = FakeSiviServer.start(fake, 0)) {
      terminal.out().println("A fake Sivi service is running at " + server.baseUri() + " (enterprise admin key).");
      SiviConfig config = server.configBuilder(account).rateLimit(RateLimit.off()).build();
      report.heading("Blocking client: SiviHttpClient (Apache HttpClient 5)");
      try (SiviClient client = SiviHttpClient.create(config)) {
        walkBlocking(client, AbstractUserId.of("demo-user-blocking"), report);
      }
      report.heading("Non-blocking client: VertxSiviClient (Vert.x Web Client)");
      Vertx vertx = Vertx.vertx();
      try (VertxSiviClient client = SiviVertx.create(vertx, config)) {
        walkVertx(client, AbstractUserId.of("demo-user-vertx"), report)
            .toCompletionStage()
            .toCompletableFuture()
            .get(30, TimeUnit.SECONDS);
      } finally {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      }
    }
    terminal.out().println();
    terminal.out().println("Done: both clients walked an end user through every operation.");
    return 0;
  }

  private static LoginUserRequest login(AbstractUserId id) {
    Brand brand =
        Brand.builder("Acme Coffee", "Small-batch coffee roasted in Lisbon")
            .url("https://acme.example")
            .colors("#5662EC", "#EF9AB2")
            .persona(BrandPersona.builder().industry("food").emotions("happy").audience("coffee lovers").build())
            .build();
    return LoginUserRequest.builder(id).brand(brand).build();
  }

  private static ExportRequest lastMonth(AbstractUserId id) {
    Instant now = Instant.now();
    return ExportRequest.of(id, now.minus(Duration.ofDays(30)), now.plusSeconds(60));
  }

  private static void walkBlocking(SiviClient client, AbstractUserId id, DemoReport report) {
    report.loggedIn(client.loginUser(login(id)));
    client.setCreditLimit(id, CreditLimit.of(DemoReport.CREDIT_LIMIT));
    report.creditLimitSet();
    report.useCredits(id);
    report.analysis(id, client.accountAnalysis(id));
    try (var pages = client.exportData(lastMonth(id))) {
      report.exported(pages.collect(Collectors.toList()));
    }
    client.deleteUser(id);
    report.deleted();
    client.reactivateUser(id);
    report.reactivated();
  }

  /** The same walk, composed without blocking: each step starts when the previous one completes. */
  private static Future<Void> walkVertx(VertxSiviClient client, AbstractUserId id, DemoReport report) {
    return client
        .loginUser(login(id))
        .compose(login -> {
          report.loggedIn(login);
          return client.setCreditLimit(id, CreditLimit.of(DemoReport.CREDIT_LIMIT));
        })
        .compose(done -> {
          report.creditLimitSet();
          report.useCredits(id);
          return client.accountAnalysis(id);
        })
        .compose(analysis -> {
          report.analysis(id, analysis);
          return Future.fromCompletionStage(PageCollector.collect(client.exportData(lastMonth(id))));
        })
        .compose((List<ExportPage> pages) -> {
          report.exported(pages);
          return client.deleteUser(id);
        })
        .compose(done -> {
          report.deleted();
          return client.reactivateUser(id);
        })
        .map(done -> {
          report.reactivated();
          return null;
        });
  }
}
