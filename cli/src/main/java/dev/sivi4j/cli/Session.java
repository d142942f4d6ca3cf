package dev.sivi4j.cli;

import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.transport.httpclient.SiviHttpClient;
import java.util.HashMap;
import java.util.Map;

/**
 * The client one command uses: the real service from {@code SIVI_API_KEY} (and {@code SIVI_KEY_KIND},
 * {@code SIVI_BASE_URL}, {@code --base-url}), or with {@code --fake} an in-process fake in which the
 * user already exists.
 */
final class Session implements AutoCloseable {
  private final SiviClient client;
  private final Runnable release;

  private Session(SiviClient client, Runnable release) {
    this.client = client;
    this.release = release;
  }

  static Session open(ServiceOptions options, Terminal terminal, AbstractUserId user) {
    if (options.fake) {
      FakeService fake = FakeService.start();
      fake.ensureUser(user);
      return new Session(fake.blockingClient(), fake::close);
    }
    Map<String, String> env = new HashMap<>(terminal.env());
    if (options.baseUrl != null) {
      env.put("SIVI_BASE_URL", options.baseUrl.toString());
    }
    if (!env.containsKey("SIVI_API_KEY")) {
      throw new IllegalArgumentException(
          "SIVI_API_KEY is not set: export your Sivi API key (and SIVI_KEY_KIND=enterprise for an enterprise admin key), or use --fake");
    }
    SiviConfig config = SiviConfig.fromEnv(env);
    SiviClient client = SiviHttpClient.create(config);
    return new Session(client, client::close);
  }

  SiviClient client() {
    return client;
  }

  @Override
  public void close() {
    release.run();
  }
}
