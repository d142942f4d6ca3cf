package dev.sivi4j.testkit.junit;

import dev.sivi4j.testkit.FakeKeyKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class a fake Sivi service through {@link FakeSiviExtension}: declare parameters of type
 * {@link dev.sivi4j.testkit.FakeSivi}, {@link dev.sivi4j.testkit.FakeSiviServer}, {@link
 * dev.sivi4j.testkit.FakeClock}, {@link dev.sivi4j.testkit.FakeAccount}, {@link dev.sivi4j.SiviClient} or
 * {@link dev.sivi4j.SiviAsyncClient} on tests, lifecycle methods or constructors.
 *
 * <pre>{@code
 * @FakeSiviTest(keyKind = FakeKeyKind.SUPER_USER)
 * class SignUpTest {
 *   @Test
 *   void createsTheSiviUser(FakeSivi fake, FakeAccount account, SiviClient sivi) { ... }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeSiviExtension.class)
public @interface FakeSiviTest {
  /**
   * How long one fake lives.
   *
   * @return per test (default) or per class
   */
  FakeLifecycle lifecycle() default FakeLifecycle.PER_TEST;

  /**
   * The kind of the account injected as {@link dev.sivi4j.testkit.FakeAccount} and used by the
   * injected clients.
   *
   * @return the kind; enterprise admin by default, since it may call every endpoint
   */
  FakeKeyKind keyKind() default FakeKeyKind.ENTERPRISE_ADMIN;

  /**
   * The key of the injected account, for a test that must use the key its production configuration
   * names (printable ASCII without spaces).
   *
   * @return the key; empty by default, which has the fake draw one
   */
  String key() default "";

  /**
   * Whether the fake enforces the per-key rate limits.
   *
   * @return true by default, as the service does
   */
  boolean rateLimiting() default true;

  /**
   * Whether each test fails when the fake received a request matching none of the test's {@code
   * fake.journal().expect(...)} declarations (checked after each test).
   *
   * @return false by default
   */
  boolean strict() default false;

  /**
   * The fake's seed: ids, tokens and keys repeat from run to run.
   *
   * @return 1 by default
   */
  long seed() default 1;
}
