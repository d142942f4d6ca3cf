package dev.sivi4j.examples.blocking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.Brand;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.domain.SessionTokens;
import dev.sivi4j.error.CreditLimitExceededException;
import dev.sivi4j.error.InvalidInputException;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import dev.sivi4j.testkit.Fault;
import dev.sivi4j.testkit.FaultRule;
import dev.sivi4j.testkit.RecordedRequest;
import dev.sivi4j.testkit.UserSnapshot;
import dev.sivi4j.testkit.junit.FakeSiviTest;
import dev.sivi4j.transport.httpclient.SiviHttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@FakeSiviTest
class UserProvisionerTest {
  private static final AbstractUserId ALICE = AbstractUserId.of("alice");
  private static final Brand ACME = Brand.builder("Acme", "Rockets and anvils").build();

  @Test
  void createsTheUserWithTheirBrandAndCapsTheirCredits(FakeSivi fake, FakeAccount account, SiviClient sivi) {
    SessionTokens tokens = new UserProvisioner(sivi, CreditLimit.of(100)).provision(ALICE, ACME);

    assertThat(fake.accessTokenActive(tokens.accessToken())).isTrue();
    assertThat(fake.user(account, ALICE)).map(UserSnapshot::creditLimit).contains(100L);
    List<RecordedRequest> requests = fake.journal().requests();
    assertThat(requests).extracting(RecordedRequest::operation)
        .containsExactly(Optional.of(Operation.LOGIN_USER), Optional.of(Operation.SET_CREDIT_LIMIT));
    assertThat(requests.get(0).body()).contains("\"brandName\":\"Acme\"");
  }

  @Test
  void givesAReturningUserFreshTokensForTheSameWorkspace(FakeSivi fake, FakeAccount account, SiviClient sivi) {
    UserProvisioner provisioner = new UserProvisioner(sivi, CreditLimit.of(100));
    SessionTokens first = provisioner.provision(ALICE, ACME);
    String workspace = fake.user(account, ALICE).orElseThrow().workspaceId();

    SessionTokens second = provisioner.provision(ALICE, ACME);

    assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
    assertThat(fake.user(account, ALICE)).map(UserSnapshot::workspaceId).contains(workspace);
  }

  @Test
  void reactivatesAUserDeletedWithinTheRetentionWindow(FakeSivi fake, FakeAccount account, SiviClient sivi) {
    UserProvisioner provisioner = new UserProvisioner(sivi, CreditLimit.of(100));
    provisioner.provision(ALICE, ACME);
    String workspace = fake.user(account, ALICE).orElseThrow().workspaceId();
    sivi.deleteUser(ALICE);
    fake.clock().advance(Duration.ofDays(10));
    fake.journal().clear();

    SessionTokens tokens = provisioner.provision(ALICE, ACME);

    assertThat(fake.accessTokenActive(tokens.accessToken())).isTrue();
    UserSnapshot alice = fake.user(account, ALICE).orElseThrow();
    assertThat(alice.deleted()).isFalse();
    assertThat(alice.workspaceId()).isEqualTo(workspace);
    assertThat(fake.journal().requests())
        .extracting(request -> request.operation().orElseThrow(), RecordedRequest::status)
        .containsExactly(
            tuple(Operation.LOGIN_USER, 400),
            tuple(Operation.REACTIVATE_USER, 200),
            tuple(Operation.LOGIN_USER, 200),
            tuple(Operation.SET_CREDIT_LIMIT, 200));
  }

  @Test
  void doesNotReactivateAUserWhoseLoginNamesAPlanSiviDoesNotKnow(FakeSivi fake, SiviClient sivi) {
    fake.faults().inject(FaultRule.of(Fault.status(400, "Plan not found")).operation(Operation.LOGIN_USER));

    assertThatThrownBy(() -> new UserProvisioner(sivi, CreditLimit.of(100)).provision(ALICE, ACME))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Plan not found");
    assertThat(fake.journal().requests())
        .extracting(request -> request.operation().orElseThrow())
        .containsExactly(Operation.LOGIN_USER);
  }

  @Test
  void handsOutNoTokensWhenTheCapCannotBeSet(FakeSivi fake, SiviClient sivi) {
    fake.faults().inject(
        FaultRule.of(Fault.status(429, "Insufficient credit limit")).operation(Operation.SET_CREDIT_LIMIT));

    assertThatThrownBy(() -> new UserProvisioner(sivi, CreditLimit.of(100)).provision(ALICE, ACME))
        .isInstanceOf(CreditLimitExceededException.class);
  }

  @Test
  void provisionsThroughTheHttpClientOverLoopback(FakeSivi fake, FakeAccount account, FakeSiviServer server) {
    // server.config: this account's key, the server's URL, RateLimit.off() and fast retry backoff.
    try (SiviClient sivi = SiviHttpClient.create(server.config(account))) {
      fake.faults().inject(FaultRule.of(Fault.htmlError(503)).operation(Operation.LOGIN_USER));

      SessionTokens tokens = new UserProvisioner(sivi, CreditLimit.of(100)).provision(ALICE, ACME);

      assertThat(fake.accessTokenActive(tokens.accessToken())).isTrue();
      assertThat(fake.user(account, ALICE)).map(UserSnapshot::creditLimit).contains(100L);
    }
  }
}
