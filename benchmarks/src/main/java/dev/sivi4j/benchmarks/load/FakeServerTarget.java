package dev.sivi4j.benchmarks.load;

import dev.sivi4j.SiviClient;
import dev.sivi4j.benchmarks.BenchConfig;
import dev.sivi4j.benchmarks.WireSamples;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import dev.sivi4j.transport.httpclient.SiviHttpClient;
import java.net.URI;

/**
 * The testkit's {@link FakeSiviServer} as the harness's server, rate limits off, with one enterprise
 * admin account whose benchmark user already exists, so every operation the harness calls succeeds.
 */
final class FakeServerTarget implements BenchServer {
  private final FakeSiviServer server;
  private final FakeAccount account;

  private FakeServerTarget(FakeSiviServer server, FakeAccount account) {
    this.server = server;
    this.account = account;
  }

  static FakeServerTarget start() {
    FakeSivi fake = FakeSivi.builder().rateLimiting(false).build();
    FakeAccount account = fake.createAccount(FakeKeyKind.ENTERPRISE_ADMIN);
    FakeSiviServer server = fake.startServer();
    FakeServerTarget target = new FakeServerTarget(server, account);
    try (SiviClient setup = SiviHttpClient.create(BenchConfig.config(target.baseUrl(), target.apiKey(), 1))) {
      setup.loginUser(LoginUserRequest.of(AbstractUserId.of(WireSamples.USER_ID)));
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return target;
  }

  @Override
  public URI baseUrl() {
    return server.baseUri();
  }

  @Override
  public String apiKey() {
    return account.secret();
  }

  @Override
  public long served() {
    return server.requestsServed();
  }

  @Override
  public String describe() {
    return "testkit FakeSiviServer " + baseUrl() + " (rate limits off)";
  }

  @Override
  public void close() {
    server.close();
  }
}
