package dev.sivi4j.testkit.junit;

import dev.sivi4j.SiviAsyncClient;
import dev.sivi4j.SiviClient;
import dev.sivi4j.testkit.AccountSpec;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeClock;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One scope's fake and what was made from it, created on first use and closed with the scope. */
final class FakeResources implements AutoCloseable {
  private static final Set<Class<?>> TYPES =
      Set.of(FakeSivi.class, FakeSiviServer.class, FakeClock.class, FakeAccount.class, SiviClient.class, SiviAsyncClient.class);

  private final FakeSivi fake;
  private final FakeAccount account;
  private @Nullable FakeSiviServer server;
  private @Nullable SiviClient blocking;
  private @Nullable SiviAsyncClient async;

  FakeResources(FakeSiviTest settings) {
    this.fake = FakeSivi.builder().seed(settings.seed()).rateLimiting(settings.rateLimiting()).build();
    AccountSpec spec = AccountSpec.of(settings.keyKind());
    this.account = fake.createAccount(settings.key().isEmpty() ? spec : spec.withSecret(settings.key()));
  }

  static boolean supports(Class<?> type) {
    return TYPES.contains(type);
  }

  FakeSivi fake() {
    return fake;
  }

  synchronized Object get(Class<?> type) {
    if (type == FakeSivi.class) {
      return fake;
    } else if (type == FakeClock.class) {
      return fake.clock();
    } else if (type == FakeAccount.class) {
      return account;
    } else if (type == FakeSiviServer.class) {
      if (server == null) {
        server = fake.startServer();
      }
      return server;
    } else if (type == SiviClient.class) {
      if (blocking == null) {
        blocking = fake.blockingClient(account);
      }
      return blocking;
    } else if (type == SiviAsyncClient.class) {
      if (async == null) {
        async = fake.asyncClient(account);
      }
      return async;
    }
    throw new IllegalArgumentException("FakeSiviExtension cannot resolve a parameter of type " + type.getName());
  }

  @Override
  public synchronized void close() {
    if (blocking != null) {
      blocking.close();
    }
    if (async != null) {
      async.close();
    }
    if (server != null) {
      server.close();
    }
  }
}
