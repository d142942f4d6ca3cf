package dev.sivi4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.Operation;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JournalTest {
  private static final String CANARY = "canary-secret-key-0123456789-XYZW";
  private static final AbstractUserId USER = AbstractUserId.of("user-1");

  private final FakeSivi fake = FakeSivi.builder().clock(FakeClock.fixedAt(Instant.parse("2026-01-01T00:00:00Z"))).build();
  private final FakeAccount account = fake.createAccount(AccountSpec.of(FakeKeyKind.SUPER_USER).withSecret(CANARY));
  private final SiviClient client = fake.blockingClient(account);

  @Test
  void recordsEveryRequestWithItsOutcomeAndNeverTheKey() {
    client.loginUser(LoginUserRequest.of(USER));
    fake.faults().inject(FaultRule.of(Fault.status(503)).operation(Operation.SET_CREDIT_LIMIT));
    client.setCreditLimit(USER, CreditLimit.of(5));

    assertThat(fake.journal().requests()).hasSize(3).allSatisfy(r -> {
      assertThat(r.toString()).doesNotContain(CANARY);
      assertThat(r.body()).doesNotContain(CANARY);
      assertThat(r.maskedKey()).isEqualTo("***XYZW");
      assertThat(r.accountId()).contains(account.id());
      assertThat(r.userId()).contains("user-1");
      assertThat(r.face()).isEqualTo(Face.IN_PROCESS_BLOCKING);
      assertThat(r.environment()).contains("prod");
    });
    RecordedRequest faulted = fake.journal().requests().get(1);
    assertThat(faulted.operation()).contains(Operation.SET_CREDIT_LIMIT);
    assertThat(faulted.path()).isEqualTo("/api/prod/v2/super/set-user-credit-limit");
    assertThat(faulted.status()).isEqualTo(503);
    assertThat(faulted.fault()).contains(Fault.status(503));
    assertThat(faulted.handled()).isFalse();
    assertThat(faulted.body()).isEqualTo("{\"abstractUserId\":\"user-1\",\"creditLimit\":5}");
    assertThat(fake.journal().requests().get(2).summary()).isEqualTo("#3 IN_PROCESS_BLOCKING POST /api/prod/v2/super/set-user-credit-limit -> 200");
  }

  @Test
  void keyPutInABodyIsCutOut() {
    Raw.inProcess(fake).post("super/login-user", CANARY, "{\"abstractUserId\":\"" + CANARY + "\"}");

    assertThat(fake.journal().requests().get(0).body()).isEqualTo("{\"abstractUserId\":\"***\"}");
  }

  @Test
  void shortKeysAndMissingKeysAreFullyMasked() {
    Raw.inProcess(fake).post("super/login-user", "short", "{}");
    Raw.inProcess(fake).post("super/login-user", null, "{}");

    assertThat(fake.journal().requests()).extracting(RecordedRequest::maskedKey).containsExactly("***", "(none)");
    assertThat(fake.journal().requests()).extracting(RecordedRequest::message)
        .containsOnly(Optional.of("Failed to authenticate request. Please add sivi-api-key header in request"));
  }

  @Test
  void takeRequestReturnsRequestsInOrderAndTimesOut() throws InterruptedException {
    client.loginUser(LoginUserRequest.of(USER));
    client.deleteUser(USER);

    assertThat(fake.journal().takeRequest(Duration.ofSeconds(1))).get().extracting(RecordedRequest::operation).isEqualTo(Optional.of(Operation.LOGIN_USER));
    assertThat(fake.journal().takeRequest(Duration.ofSeconds(1))).get().extracting(RecordedRequest::operation).isEqualTo(Optional.of(Operation.DELETE_USER));
    assertThat(fake.journal().takeRequest(Duration.ofMillis(20))).isEmpty();
  }

  @Test
  void takeRequestWaitsForARequestFromAnotherThread() throws InterruptedException {
    try (var async = fake.asyncClient(account)) {
      async.loginUser(LoginUserRequest.of(USER));

      assertThat(fake.journal().takeRequest(Duration.ofSeconds(5))).get().extracting(RecordedRequest::face).isEqualTo(Face.IN_PROCESS_ASYNC);
    }
  }

  @Test
  void assertNoUnexpectedRequestsPassesWhenEveryRequestWasExpected() {
    fake.journal().expect(Operation.LOGIN_USER);
    fake.journal().expect("deletes of user-1", r -> r.operation().equals(Optional.of(Operation.DELETE_USER)) && r.userId().equals(Optional.of("user-1")));

    client.loginUser(LoginUserRequest.of(USER));
    client.deleteUser(USER);

    fake.journal().assertNoUnexpectedRequests();
  }

  @Test
  void assertNoUnexpectedRequestsFailsAndNamesTheRequest() {
    fake.journal().expect(Operation.LOGIN_USER);
    client.loginUser(LoginUserRequest.of(USER));
    client.setCreditLimit(USER, CreditLimit.of(3));

    assertThatThrownBy(() -> fake.journal().assertNoUnexpectedRequests())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 unexpected request(s)")
        .hasMessageContaining("/api/prod/v2/super/set-user-credit-limit");
  }

  @Test
  void keepsOnlyTheMostRecentRequestsButCountsThemAll() {
    FakeSivi small = FakeSivi.builder().journalCapacity(2).build();
    FakeAccount acct = small.createAccount(FakeKeyKind.SUPER_USER);
    SiviClient smallClient = small.blockingClient(acct);
    for (int i = 0; i < 5; i++) {
      smallClient.loginUser(LoginUserRequest.of(USER));
    }

    assertThat(small.journal().requestCount()).isEqualTo(5);
    assertThat(small.journal().requests()).extracting(RecordedRequest::sequence).containsExactly(4L, 5L);
  }

  @Test
  void recordUsageIsNotARequest() {
    client.loginUser(LoginUserRequest.of(USER));
    fake.recordUsage(account, USER, Usage.generated(1));

    assertThat(fake.journal().requestCount()).isEqualTo(1);
  }
}
