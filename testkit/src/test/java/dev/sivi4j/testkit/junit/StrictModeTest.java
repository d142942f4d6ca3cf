package dev.sivi4j.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.testkit.FakeSivi;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

class StrictModeTest {
  @Test
  void strictModeFailsATestWhoseRequestsWereNotExpected() {
    TestExecutionSummary summary = run(Fixture.class);

    assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
    assertThat(summary.getTestsFailedCount()).isEqualTo(1);
    assertThat(summary.getFailures().get(0).getException())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("set-user-credit-limit");
  }

  private static TestExecutionSummary run(Class<?> type) {
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(type)).build(), listener);
    return listener.getSummary();
  }

  /** Run only by the launcher above (Surefire skips nested classes). */
  @FakeSiviTest(strict = true)
  static class Fixture {
    @Test
    void onlyExpectedRequests(FakeSivi fake, SiviClient sivi) {
      fake.journal().expect(Operation.LOGIN_USER);
      sivi.loginUser(LoginUserRequest.of(AbstractUserId.of("u")));
    }

    @Test
    void anUnexpectedRequest(FakeSivi fake, SiviClient sivi) {
      fake.journal().expect(Operation.LOGIN_USER);
      sivi.loginUser(LoginUserRequest.of(AbstractUserId.of("u")));
      sivi.setCreditLimit(AbstractUserId.of("u"), CreditLimit.of(4));
    }
  }
}
