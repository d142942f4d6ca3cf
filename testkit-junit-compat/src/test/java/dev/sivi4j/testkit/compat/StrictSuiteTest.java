package dev.sivi4j.testkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.junit.FakeSiviTest;
import org.junit.jupiter.api.Test;

@FakeSiviTest(strict = true)
class StrictSuiteTest {
  @Test
  void passesWhenEveryRequestWasExpected(FakeSivi fake, SiviClient sivi) {
    fake.journal().expect(Operation.LOGIN_USER);

    sivi.loginUser(LoginUserRequest.of(AbstractUserId.of("expected")));

    assertThat(fake.journal().requestCount()).isEqualTo(1);
  }
}
