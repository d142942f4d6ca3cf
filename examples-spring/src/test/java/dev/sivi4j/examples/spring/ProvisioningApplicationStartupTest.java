package dev.sivi4j.examples.spring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.spring.error.InvalidSiviPropertyException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/** The application as deployed: its own application.properties, and no key in the environment. */
class ProvisioningApplicationStartupTest {
  @Test
  void withoutAKeyStartupFailsNamingTheProperty() {
    SpringApplication application = new SpringApplication(ProvisioningApplication.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    assertThatThrownBy(() -> application.run("--sivi.api-key="))
        .rootCause()
        .isInstanceOf(InvalidSiviPropertyException.class)
        .hasMessage("sivi.api-key: is not set");
  }
}
