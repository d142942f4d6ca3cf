package dev.sivi4j.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.sivi4j.CallOptions;
import dev.sivi4j.KeyKind;
import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviAsyncClient;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.error.ServerErrorException;
import dev.sivi4j.error.UserNotFoundException;
import dev.sivi4j.internal.fakes.Bodies;
import dev.sivi4j.internal.fakes.Replies;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class AsyncSiviClientTest {
  private final ClientFixture superUser = new ClientFixture(KeyKind.SUPER_USER);
  private final ClientFixture enterprise = new ClientFixture(KeyKind.ENTERPRISE_ADMIN);

  @Test
  void logsAUserIn() {
    superUser.script.then(Replies.status(200, Bodies.login("ws-2", "acc", "ref")));
    CompletableFuture<UserLogin> login = superUser.async.loginUser(LoginUserRequest.of(ClientFixture.USER));
    assertThat(login).isCompleted();
    assertThat(login.join().user().workspaceId()).isEqualTo("ws-2");
  }

  @Test
  void commandsCompleteWithNothing() {
    superUser.script.then(Replies.ok(), Replies.ok(), Replies.ok());
    assertThat(superUser.async.setCreditLimit(ClientFixture.USER, CreditLimit.of(5))).isCompletedWithValue(null);
    assertThat(superUser.async.deleteUser(ClientFixture.USER)).isCompletedWithValue(null);
    assertThat(superUser.async.reactivateUser(ClientFixture.USER)).isCompletedWithValue(null);
  }

  @Test
  void failsTheStageWithTheSiviException() {
    superUser.script.then(Replies.error(404, "User not found"));
    CompletableFuture<Void> result = superUser.async.reactivateUser(ClientFixture.USER);
    assertThat(result)
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(UserNotFoundException.class);
  }

  @Test
  void readsTheAccountAnalysisWithAnEnterpriseKey() {
    enterprise.script.then(Replies.status(200, Bodies.analysis(3)));
    assertThat(enterprise.async.accountAnalysis(ClientFixture.USER).join().creditBalance().availableCredits()).isEqualTo(3);
  }

  @Test
  void superUserKeyIsRefusedAnalysisAndExportBeforeAnythingIsSent() {
    assertThatIllegalStateException().isThrownBy(() -> superUser.async.accountAnalysis(ClientFixture.USER));
    assertThatIllegalStateException().isThrownBy(() -> superUser.async.exportData(ClientFixture.export(60, 60)));
    assertThat(superUser.script.requests()).isEmpty();
  }

  @Test
  void cancellingTheReturnedStageCancelsTheRequestInFlight() {
    superUser.asyncTransport.hold();
    CompletableFuture<Void> result = superUser.async.deleteUser(ClientFixture.USER);
    assertThat(superUser.asyncTransport.inFlight()).hasSize(1);

    result.cancel(true);

    assertThat(superUser.asyncTransport.inFlight().get(0)).isCancelled();
    assertThat(superUser.script.requests()).hasSize(1);
  }

  @Test
  void closeClosesTheTransport() {
    superUser.async.close();
    assertThat(superUser.asyncTransport.closed()).isTrue();
  }

  @Test
  void optionsViewAppliesItsOverridesAndLeavesTheTransportOpen() {
    superUser.script.then(Replies.error(503, "busy"));
    SiviAsyncClient once = superUser.async.withOptions(CallOptions.none().withRetryPolicy(RetryPolicy.none()));

    assertThat(once.deleteUser(ClientFixture.USER).toCompletableFuture())
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .isInstanceOfSatisfying(ServerErrorException.class, e -> assertThat(e.attempts()).isEqualTo(1));
    once.close();

    assertThat(superUser.asyncTransport.closed()).isFalse();
  }
}
