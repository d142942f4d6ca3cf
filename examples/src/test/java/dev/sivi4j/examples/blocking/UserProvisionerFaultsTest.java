package dev.sivi4j.examples.blocking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.Brand;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.domain.SessionTokens;
import dev.sivi4j.error.CreditLimitExceededException;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.Fault;
import dev.sivi4j.testkit.FaultRule;
import dev.sivi4j.testkit.RecordedRequest;
import dev.sivi4j.testkit.junit.FakeSiviTest;
import org.junit.jupiter.api.Test;

// README:testkit:start
@FakeSiviTest
class UserProvisionerFaultsTest {
  private static final AbstractUserId ALICE = AbstractUserId.of("alice");
  private static final Brand ACME = Brand.builder("Acme", "Rockets and anvils").build();

  @Test
  void retriesAServiceUnavailableTransparently(FakeSivi fake, SiviClient sivi) {
    fake.faults().inject(FaultRule.of(Fault.status(503)).operation(Operation.LOGIN_USER));   // once

    SessionTokens tokens = new UserProvisioner(sivi, CreditLimit.of(100)).provision(ALICE, ACME);

    assertThat(fake.accessTokenActive(tokens.accessToken())).isTrue();
    assertThat(fake.journal().requests())                      // login, login again, credit limit
        .extracting(RecordedRequest::status).containsExactly(503, 200, 200);
  }

  @Test
  void surfacesExhaustedCreditsAsTheTypedError(FakeSivi fake, SiviClient sivi) {
    fake.faults().inject(
        FaultRule.of(Fault.status(429, "Insufficient credit limit")).operation(Operation.LOGIN_USER));

    assertThatThrownBy(() -> new UserProvisioner(sivi, CreditLimit.of(100)).provision(ALICE, ACME))
        .isInstanceOf(CreditLimitExceededException.class);
    assertThat(fake.journal().requests()).hasSize(1);        // an answer, not an accident: never retried
  }
}
// README:testkit:end
