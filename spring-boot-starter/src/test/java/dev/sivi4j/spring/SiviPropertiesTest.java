package dev.sivi4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.spring.error.InvalidSiviPropertyException;
import dev.sivi4j.testkit.tck.Canary;
import dev.sivi4j.testkit.tck.ToStringSweep;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiviPropertiesTest {
  @Test
  void toStringNeverShowsTheKey() {
    SiviProperties properties = new SiviProperties();
    properties.setApiKey(Canary.SUPER_USER_SECRET);
    assertThat(properties.toString()).contains("apiKey=****").doesNotContain(Canary.SUPER_USER_SECRET);
    assertThat(new SiviProperties().toString()).contains("apiKey=unset");
  }

  @Test
  void everyPublicTypeOfTheStarterIsSweptForTheCanary() throws Exception {
    SiviProperties properties = new SiviProperties();
    properties.setApiKey(Canary.SUPER_USER_SECRET);
    properties.getProxy().setPassword(Canary.ENTERPRISE_SECRET);
    List<Object> instances =
        List.of(
            properties,
            properties.getTimeouts(),
            properties.getRetry(),
            properties.getRateLimit(),
            properties.getObservations(),
            properties.getProxy(),
            new SiviAutoConfiguration(),
            new InvalidSiviPropertyException("sivi.api-key", "is not set"));
    long leaksBefore = Canary.leaks().size();
    instances.forEach(Canary::scanToString);
    assertThat(Canary.leaks()).hasSize((int) leaksBefore);
    assertThat(ToStringSweep.uncovered(instances, Set.of(), "dev.sivi4j.spring")).isEmpty();
  }
}
