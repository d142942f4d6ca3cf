package dev.sivi4j.spring.test;

import dev.sivi4j.KeyKind;
import dev.sivi4j.testkit.AccountSpec;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts a fake Sivi service for one application context, points the {@code sivi.*} properties at it and
 * stops it with the context.
 */
final class FakeSiviContextCustomizer implements ContextCustomizer {
  static final String PROPERTY_SOURCE = "sivi4jFakeSivi";
  static final String DEFAULTS_SOURCE = "sivi4jFakeSiviDefaults";

  private final KeyKind keyKind;
  private final String key;
  private final long creditsPerCycle;

  FakeSiviContextCustomizer(KeyKind keyKind, String key, long creditsPerCycle) {
    this.keyKind = keyKind;
    this.key = key;
    this.creditsPerCycle = creditsPerCycle;
  }

  @Override
  public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
    FakeSivi fake = FakeSivi.create();
    AccountSpec spec =
        AccountSpec.of(keyKind == KeyKind.ENTERPRISE_ADMIN ? FakeKeyKind.ENTERPRISE_ADMIN : FakeKeyKind.SUPER_USER)
            .withCreditsPerCycle(creditsPerCycle);
    if (!key.isEmpty()) {
      spec = spec.withSecret(key);
    }
    FakeAccount account = fake.createAccount(spec);
    FakeSiviServer server = fake.startServer();

    Map<String, Object> pointers = new LinkedHashMap<>();
    pointers.put("sivi.base-url", server.baseUri().toString());
    pointers.put("sivi.api-key", account.secret());
    pointers.put("sivi.key-kind", keyKind == KeyKind.ENTERPRISE_ADMIN ? "enterprise" : "super");
    Map<String, Object> defaults = new LinkedHashMap<>();
    defaults.put("sivi.retry.base-delay", FakeSiviServer.FAST_RETRIES.baseDelay().toMillis() + "ms");
    defaults.put("sivi.retry.max-delay", FakeSiviServer.FAST_RETRIES.maxDelay().toMillis() + "ms");
    defaults.put("sivi.rate-limit.enabled", "false");
    ConfigurableEnvironment environment = context.getEnvironment();
    environment.getPropertySources().addFirst(new SecretPropertySource(PROPERTY_SOURCE, pointers));
    environment.getPropertySources().addLast(new MapPropertySource(DEFAULTS_SOURCE, defaults));

    ConfigurableListableBeanFactory beans = context.getBeanFactory();
    beans.registerSingleton("fakeSivi", fake);
    beans.registerSingleton("fakeSiviServer", server);
    beans.registerSingleton("fakeSiviAccount", account);
    context.addApplicationListener(
        event -> {
          if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
            server.close();
          }
        });
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FakeSiviContextCustomizer that
        && keyKind == that.keyKind
        && key.equals(that.key)
        && creditsPerCycle == that.creditsPerCycle;
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyKind, key, creditsPerCycle);
  }

  @Override
  public String toString() {
    return "FakeSiviContextCustomizer{keyKind=" + keyKind + ", key=" + (key.isEmpty() ? "drawn" : "****")
        + ", creditsPerCycle=" + creditsPerCycle + '}';
  }

  /** The fake's properties, with a {@code toString} that does not show the key. */
  private static final class SecretPropertySource extends MapPropertySource {
    SecretPropertySource(String name, Map<String, Object> values) {
      super(name, values);
    }

    @Override
    public String toString() {
      return getClass().getSimpleName() + " {name='" + getName() + "'}";
    }
  }
}
