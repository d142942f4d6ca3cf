package dev.sivi4j.benchmarks.load;

import dev.sivi4j.SiviClient;
import dev.sivi4j.benchmarks.WireSamples;
import dev.sivi4j.benchmarks.Workload;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;

/** sivi4j's blocking client, called as an application would: domain values in, domain values out. */
final class SiviBlockingContender implements BlockingContender {
  private final String name;
  private final SiviClient client;

  SiviBlockingContender(String name, SiviClient client) {
    this.name = name;
    this.client = client;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void call(Workload workload) {
    AbstractUserId id = AbstractUserId.of(WireSamples.USER_ID);
    switch (workload) {
      case LOGIN_USER -> client.loginUser(LoginUserRequest.of(id));
      case SET_CREDIT_LIMIT -> client.setCreditLimit(id, CreditLimit.of(WireSamples.CREDIT_LIMIT));
      case ACCOUNT_ANALYSIS -> client.accountAnalysis(id);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
