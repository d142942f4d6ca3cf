package dev.sivi4j.benchmarks.load;

import dev.sivi4j.benchmarks.WireSamples;
import dev.sivi4j.benchmarks.Workload;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.transport.vertx.VertxSiviClient;
import io.vertx.core.Future;

/** sivi4j's Vert.x client, called as a Vert.x application would. */
final class SiviVertxContender implements AsyncContender {
  private final String name;
  private final VertxSiviClient client;

  SiviVertxContender(VertxSiviClient client) {
    this("sivi4j-vertx", client);
  }

  SiviVertxContender(String name, VertxSiviClient client) {
    this.name = name;
    this.client = client;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Future<?> call(Workload workload) {
    AbstractUserId id = AbstractUserId.of(WireSamples.USER_ID);
    return switch (workload) {
      case LOGIN_USER -> client.loginUser(LoginUserRequest.of(id));
      case SET_CREDIT_LIMIT -> client.setCreditLimit(id, CreditLimit.of(WireSamples.CREDIT_LIMIT));
      case ACCOUNT_ANALYSIS -> client.accountAnalysis(id);
    };
  }

  @Override
  public void close() {
    client.close();
  }
}
