package dev.sivi4j.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.sivi4j.KeyKind;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.internal.fakes.FakeCodec;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestsTest {
  private static final AbstractUserId USER = AbstractUserId.of("user-1");

  @Test
  void superUserKeyCannotAskForAccountAnalysis() {
    Requests requests = new Requests(new FakeCodec(), KeyKind.SUPER_USER);
    assertThatIllegalStateException()
        .isThrownBy(() -> requests.accountAnalysis(USER))
        .withMessageStartingWith("accountAnalysis needs an enterprise admin API key (ApiKey.enterpriseAdmin)")
        .withMessageContaining("SUPER_USER")
        .withMessageContaining("account-analysis");
  }

  @Test
  void superUserKeyCannotExport() {
    Requests requests = new Requests(new FakeCodec(), KeyKind.SUPER_USER);
    assertThatIllegalStateException()
        .isThrownBy(() -> requests.requireEnterpriseKey(Operation.EXPORT_DATA))
        .withMessageStartingWith("exportData needs an enterprise admin API key");
  }

  @Test
  void enterpriseKeyMayDoEverything() {
    Requests requests = new Requests(new FakeCodec(), KeyKind.ENTERPRISE_ADMIN);
    assertThat(requests.accountAnalysis(USER).operation()).isEqualTo(Operation.ACCOUNT_ANALYSIS);
    for (Operation operation : Operation.values()) {
      requests.requireEnterpriseKey(operation);
    }
  }

  @Test
  void encodesTheUnlimitedCreditLimitAsMinusOne() {
    CallSpec<String> spec = new Requests(new FakeCodec(), KeyKind.SUPER_USER).setCreditLimit(USER, CreditLimit.unlimited());
    assertThat(new String(spec.body(), StandardCharsets.UTF_8)).contains("\"creditLimit\":-1");
  }

  @Test
  void rejectsMissingArgumentsNamingThem() {
    Requests requests = new Requests(new FakeCodec(), KeyKind.SUPER_USER);
    assertThatNullPointerException().isThrownBy(() -> requests.loginUser(null)).withMessage("request");
    assertThatNullPointerException().isThrownBy(() -> requests.setCreditLimit(USER, null)).withMessage("limit");
    assertThatNullPointerException().isThrownBy(() -> requests.userCommand(Operation.DELETE_USER, null)).withMessage("userId");
  }
}
