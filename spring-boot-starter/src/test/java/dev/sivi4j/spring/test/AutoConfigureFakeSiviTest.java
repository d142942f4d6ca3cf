package dev.sivi4j.spring.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.error.ServerErrorException;
import dev.sivi4j.spring.SiviAutoConfiguration;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import dev.sivi4j.testkit.Fault;
import dev.sivi4j.testkit.FaultRule;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@SpringBootTest(classes = AutoConfigureFakeSiviTest.App.class, properties = "sivi.api-key=${SIVI_UNSET_IN_TESTS}")
@AutoConfigureFakeSivi
class AutoConfigureFakeSiviTest {
  @Autowired FakeSivi fake;
  @Autowired FakeSiviServer server;
  @Autowired FakeAccount account;
  @Autowired SiviClient sivi;
  @Autowired SiviConfig config;
  @Autowired Environment environment;

  @AfterEach
  void clearFaults() {
    fake.faults().clear();
  }

  @Test
  void pointsTheApplicationsClientAtTheFake() {
    assertThat(environment.getProperty("sivi.base-url")).isEqualTo(server.baseUri().toString());
    assertThat(config.baseUrl()).isEqualTo(server.baseUri());
    assertThat(config.apiKey()).isEqualTo(account.apiKey());
    assertThat(server.baseUri().getHost()).isEqualTo("127.0.0.1");

    AbstractUserId id = AbstractUserId.of("spring-fake-user");
    sivi.loginUser(LoginUserRequest.of(id));
    sivi.setCreditLimit(id, CreditLimit.of(25));
    assertThat(fake.user(id)).hasValueSatisfying(user -> assertThat(user.creditLimit()).isEqualTo(25));
  }

  @Test
  void retriesAgainstTheFakeAreFast() {
    assertThat(config.retryPolicy().baseDelay()).isEqualTo(Duration.ofMillis(5));
    assertThat(config.rateLimit()).isEqualTo(dev.sivi4j.RateLimit.off());
    fake.journal().clear();
    fake.faults().inject(FaultRule.of(Fault.status(503)).operation(Operation.LOGIN_USER).always());
    assertThatThrownBy(() -> sivi.loginUser(LoginUserRequest.of(AbstractUserId.of("unlucky"))))
        .isInstanceOf(ServerErrorException.class);
    assertThat(fake.journal().requests()).as("three attempts").hasSize(3);
  }

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration(SiviAutoConfiguration.class)
  static class App {}
}
