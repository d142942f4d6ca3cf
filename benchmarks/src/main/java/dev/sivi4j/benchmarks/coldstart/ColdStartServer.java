package dev.sivi4j.benchmarks.coldstart;

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
import java.io.IOException;
import java.io.InputStream;

/**
 * The cold-start runs' server, in a process of its own so that its class loading never counts against
 * the client's: the testkit's {@code FakeSiviServer} on loopback, rate limits off, with one enterprise
 * admin account whose benchmark user exists. It prints {@code URL <base url> KEY <key>} on one line and
 * serves until its standard input closes.
 */
public final class ColdStartServer {
  private ColdStartServer() {}

  /**
   * Starts the server.
   *
   * @param args none
   * @throws IOException if standard input cannot be read
   */
  public static void main(String[] args) throws IOException {
    FakeSivi fake = FakeSivi.builder().rateLimiting(false).build();
    FakeAccount account = fake.createAccount(FakeKeyKind.ENTERPRISE_ADMIN);
    try (FakeSiviServer server = fake.startServer()) {
      try (SiviClient setup =
          SiviHttpClient.create(
              BenchConfig.config(server.baseUri(), account.secret(), 1))) {
        setup.loginUser(LoginUserRequest.of(AbstractUserId.of(WireSamples.USER_ID)));
      }
      System.out.println("URL " + server.baseUri() + " KEY " + account.secret());
      System.out.flush();
      InputStream in = System.in;
      while (in.read() >= 0) {
        // Serve until the driver closes our standard input (or exits).
      }
    }
  }
}
