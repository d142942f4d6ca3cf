package dev.sivi4j.testkit;

import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviClients;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.json.gson.GsonSiviCodec;
import java.util.function.UnaryOperator;

/** Blocking sivi4j clients over {@link JdkHttpTransport}, pointed at a {@link FakeSiviServer}. */
final class ServerClients {
  private ServerClients() {}

  static SiviClient blocking(FakeSiviServer server, FakeAccount account) {
    return blocking(server, account, UnaryOperator.identity());
  }

  static SiviClient blocking(FakeSiviServer server, FakeAccount account, UnaryOperator<SiviConfig.Builder> customizer) {
    SiviConfig config = customizer.apply(server.configBuilder(account)).build();
    return SiviClients.blocking(config, new JdkHttpTransport(), GsonSiviCodec.create());
  }
}
