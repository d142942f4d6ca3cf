package dev.sivi4j.spring;

import dev.sivi4j.testkit.AccountSpec;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import dev.sivi4j.testkit.tck.Canary;

/** A fake Sivi service on loopback with one superuser account whose key is the canary. */
final class FakeService implements AutoCloseable {
  final FakeSivi fake = FakeSivi.create();
  final FakeAccount account =
      fake.createAccount(AccountSpec.of(FakeKeyKind.SUPER_USER).withSecret(Canary.SUPER_USER_SECRET));
  final FakeSiviServer server = fake.startServer();

  /** The properties that point the auto-configured clients at this fake. */
  String[] properties(String... more) {
    String[] base = {
      "sivi.api-key=" + Canary.SUPER_USER_SECRET,
      "sivi.base-url=" + server.baseUri(),
      "sivi.retry.base-delay=5ms",
      "sivi.retry.max-delay=20ms"
    };
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Override
  public void close() {
    server.close();
  }
}
