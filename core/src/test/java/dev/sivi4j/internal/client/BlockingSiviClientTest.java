package dev.sivi4j.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.CallOptions;
import dev.sivi4j.KeyKind;
import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportedVariant;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.error.ServerErrorException;
import dev.sivi4j.error.UserNotFoundException;
import dev.sivi4j.internal.fakes.Bodies;
import dev.sivi4j.internal.fakes.Replies;
import dev.sivi4j.spi.TransportRequest;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BlockingSiviClientTest {
  private final ClientFixture superUser = new ClientFixture(KeyKind.SUPER_USER);
  private final ClientFixture enterprise = new ClientFixture(KeyKind.ENTERPRISE_ADMIN);

  @Test
  void logsAUserIn() {
    superUser.script.then(Replies.status(200, Bodies.login("ws-1", "acc", "ref")));
    UserLogin login = superUser.blocking.loginUser(LoginUserRequest.of(ClientFixture.USER));
    assertThat(login.user().id()).isEqualTo(ClientFixture.USER);
    assertThat(login.user().workspaceId()).isEqualTo("ws-1");
  }

  @Test
  void sendsEachCommandToItsEndpoint() {
    superUser.script.then(Replies.ok(), Replies.ok(), Replies.ok());
    superUser.blocking.setCreditLimit(ClientFixture.USER, CreditLimit.unlimited());
    superUser.blocking.deleteUser(ClientFixture.USER);
    superUser.blocking.reactivateUser(ClientFixture.USER);
    assertThat(superUser.script.requests())
        .extracting(request -> request.uri().getPath())
        .containsExactly(
            "/api/prod/v2/super/set-user-credit-limit", "/api/prod/v2/super/delete-user", "/api/prod/v2/super/reactivate-user");
  }

  @Test
  void readsTheAccountAnalysisWithAnEnterpriseKey() {
    enterprise.script.then(Replies.status(200, Bodies.analysis(77)));
    assertThat(enterprise.blocking.accountAnalysis(ClientFixture.USER).creditBalance().availableCredits()).isEqualTo(77);
    assertThat(enterprise.script.requests().get(0).uri().getPath()).isEqualTo("/api/prod/v2/enterprise/account-analysis");
  }

  @Test
  void superUserKeyIsRefusedAnalysisAndExportBeforeAnythingIsSent() {
    assertThatIllegalStateException()
        .isThrownBy(() -> superUser.blocking.accountAnalysis(ClientFixture.USER))
        .withMessageContaining("enterprise admin API key");
    assertThatIllegalStateException()
        .isThrownBy(() -> superUser.blocking.exportData(ClientFixture.export(60, 60)))
        .withMessageContaining("enterprise admin API key");
    assertThat(superUser.script.requests()).isEmpty();
  }

  @Test
  void exportFetchesNothingUntilTheStreamIsConsumed() {
    Stream<ExportPage> pages = enterprise.blocking.exportData(ClientFixture.export(300, 100));
    assertThat(enterprise.script.requests()).isEmpty();

    enterprise.script.then(Replies.status(200, Bodies.export(false, "v1")));
    ExportPage first = pages.findFirst().orElseThrow();

    assertThat(first.variants()).extracting(ExportedVariant::variantId).containsExactly("v1");
    assertThat(enterprise.script.requests()).hasSize(1);
  }

  @Test
  void exportWalksTheWindowsInTimeOrderSplittingWhereTheServiceHasMore() {
    enterprise.script.then(
        Replies.status(200, Bodies.export(true, "cut")),
        Replies.status(200, Bodies.export(false, "a")),
        Replies.status(200, Bodies.export(false, "b")),
        Replies.status(200, Bodies.export(false, "c")));

    List<ExportPage> pages = enterprise.blocking.exportData(ClientFixture.export(300, 200)).toList();

    assertThat(enterprise.script.requests()).extracting(ClientFixture::window).containsExactly("0-200", "0-100", "100-200", "200-300");
    assertThat(pages).flatExtracting(ExportPage::variants).extracting(ExportedVariant::variantId).containsExactly("a", "b", "c");
    assertThat(enterprise.script.requests()).extracting(TransportRequest::uri).allMatch(uri -> uri.getPath().endsWith("/enterprise/export-data"));
  }

  @Test
  void exportFailureIsThrownFromTheTerminalOperationAfterEarlierPages() {
    enterprise.script.then(Replies.status(200, Bodies.export(false, "a")), Replies.error(400, "User does not exist"));
    Iterator<ExportPage> pages = enterprise.blocking.exportData(ClientFixture.export(200, 100)).iterator();

    assertThat(pages.next().variants()).hasSize(1);
    assertThatThrownBy(pages::hasNext).isInstanceOf(UserNotFoundException.class);
  }

  @Test
  void rejectsAMissingExportRequest() {
    assertThatNullPointerException().isThrownBy(() -> enterprise.blocking.exportData(null)).withMessage("request");
  }

  @Test
  void closeClosesTheTransport() {
    superUser.blocking.close();
    assertThat(superUser.transport.closed()).isTrue();
  }

  @Test
  void optionsViewAppliesItsOverridesAndLeavesTheTransportOpen() {
    superUser.script.then(Replies.error(503, "busy"));
    SiviClient once = superUser.blocking.withOptions(CallOptions.none().withRetryPolicy(RetryPolicy.none()));

    assertThatThrownBy(() -> once.deleteUser(ClientFixture.USER))
        .isInstanceOfSatisfying(ServerErrorException.class, e -> assertThat(e.attempts()).isEqualTo(1));
    once.close();

    assertThat(superUser.transport.closed()).isFalse();
  }
}
