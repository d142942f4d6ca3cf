package dev.sivi4j.spring.test;

import dev.sivi4j.KeyKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Spring test's application against the fake Sivi service of {@code sivi4j-testkit}, without
 * network: before the context starts, a {@link dev.sivi4j.testkit.FakeSivi} with one account is served by
 * a {@link dev.sivi4j.testkit.FakeSiviServer} on {@code 127.0.0.1} and a free port, and the properties
 * point the application's clients at it:
 *
 * <ul>
 *   <li>{@code sivi.base-url}, {@code sivi.api-key} and {@code sivi.key-kind} are the server's and the
 *       account's, ahead of every other property source;
 *   <li>{@code sivi.retry.base-delay=5ms}, {@code sivi.retry.max-delay=50ms} and {@code
 *       sivi.rate-limit.enabled=false} keep retries over loopback fast, unless the application sets them.
 * </ul>
 *
 * <p>The context holds the {@code FakeSivi}, the {@code FakeSiviServer} and the {@link
 * dev.sivi4j.testkit.FakeAccount} as beans, so a test injects them to inject faults, read the journal or
 * advance the clock. The server stops when the context closes. Contexts with the same attributes are
 * cached and shared like any Spring test context, fake included: a test that injects faults clears them
 * ({@code fake.faults().clear()}) when done.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureFakeSivi
 * class ProvisioningTest {
 *   @Autowired FakeSivi fake;
 *   @Autowired SiviClient sivi;
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureFakeSivi {
  /**
   * The kind of the fake account's key, and so of {@code sivi.key-kind}.
   *
   * @return the kind; a superuser key unless told otherwise
   */
  KeyKind keyKind() default KeyKind.SUPER_USER;

  /**
   * The fake account's key, such as the one your test configuration already uses, or a canary key.
   *
   * @return the key; empty to have the fake draw one
   */
  String key() default "";

  /**
   * The credits the fake account gets each billing cycle.
   *
   * @return credits, zero or more
   */
  long creditsPerCycle() default 10_000;
}
