package dev.sivi4j.cli;

import dev.sivi4j.RateLimit;
import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;

/** {@code --fake}: a fresh in-process fake with one enterprise admin account, so every command works. */
final class FakeService implements AutoCloseable {
  private final SiviClient client;

  private FakeService(SiviClient client) {
    this.client = client;
  }

  static FakeService start() {
    FakeSivi fake = FakeSivi.builder().rateLimiting(false).build();
    FakeAccount account = fake.createAccount(FakeKeyKind.ENTERPRISE_ADMIN);
    return new FakeService(fake.blockingClient(account, config -> config.rateLimit(RateLimit.off())));
  }

  /** Logs the user in once so commands other than login find them. */
  void ensureUser(AbstractUserId id) {
    client.loginUser(LoginUserRequest.of(id));
  }

  SiviClient blockingClient() {
    return client;
  }

  @Override
  public void close() {
    client.close();
  }
}
