package dev.sivi4j.testkit.junit;

import java.lang.reflect.Modifier;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link FakeSiviTest} (usable alone with {@code @ExtendWith}, with the
 * annotation's defaults). It resolves parameters of type {@code FakeSivi}, {@code FakeSiviServer}
 * (started on first use), {@code FakeClock}, {@code FakeAccount} (one account of the configured kind),
 * {@code SiviClient} and {@code SiviAsyncClient} (in-process clients of that account, on the fake's
 * clock). Everything is created per test or per class as configured, kept in JUnit's {@link
 * ExtensionContext.Store} and closed when that scope ends, so tests running in parallel each get
 * their own.
 *
 * <p>It uses only API of JUnit Jupiter 5.10, so it runs on every JUnit from 5.10 to 6. One difference
 * comes from JUnit itself: before 5.12 a test class's constructor is resolved in the class's scope, so on
 * those versions constructor parameters get one fake per class; lifecycle and test method parameters are
 * per test on every version.
 */
public final class FakeSiviExtension implements ParameterResolver, AfterEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FakeSiviExtension.class);

  /** Creates the extension; JUnit does this. */
  public FakeSiviExtension() {}

  /**
   * Resolves constructor parameters of a per-method test instance in that test's own scope. JUnit 5.12
   * and later call this; older versions, which lack the type it returns, never do.
   */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
    return ExtensionContextScope.TEST_METHOD;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return FakeResources.supports(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return resources(context).get(parameter.getParameter().getType());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    FakeSiviTest settings = settings(context);
    if (settings.strict()) {
      ExtensionContext scope = scope(context, settings);
      Optional.ofNullable(scope.getStore(NAMESPACE).get(key(scope), FakeResources.class))
          .ifPresent(resources -> resources.fake().journal().assertNoUnexpectedRequests());
    }
  }

  private static FakeResources resources(ExtensionContext context) {
    FakeSiviTest settings = settings(context);
    ExtensionContext scope = scope(context, settings);
    // getOrComputeIfAbsent: its JUnit 6 successor computeIfAbsent does not exist before 5.13.
    @SuppressWarnings("deprecation")
    FakeResources resources =
        scope.getStore(NAMESPACE).getOrComputeIfAbsent(key(scope), k -> new FakeResources(settings), FakeResources.class);
    return resources;
  }

  /** Keyed by the scope itself: a store also shows its parents' values, which belong to other scopes. */
  private static String key(ExtensionContext scope) {
    return "fake:" + scope.getUniqueId();
  }

  private static ExtensionContext scope(ExtensionContext context, FakeSiviTest settings) {
    if (settings.lifecycle() == FakeLifecycle.PER_TEST) {
      return context;
    }
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    return current;
  }

  private static FakeSiviTest settings(ExtensionContext context) {
    return context.getTestClass().flatMap(FakeSiviExtension::findSettings).orElseGet(Defaults::settings);
  }

  /** The annotation on the class, its supertypes, or (for a {@code @Nested} inner class) its enclosing classes. */
  private static Optional<FakeSiviTest> findSettings(Class<?> testClass) {
    for (Class<?> type = testClass; type != null; type = enclosingOfInner(type)) {
      Optional<FakeSiviTest> found = AnnotationSupport.findAnnotation(type, FakeSiviTest.class);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static @Nullable Class<?> enclosingOfInner(Class<?> type) {
    return Modifier.isStatic(type.getModifiers()) ? null : type.getEnclosingClass();
  }

  /** The annotation's defaults, for a class that uses {@code @ExtendWith} alone. */
  @FakeSiviTest
  private static final class Defaults {
    static FakeSiviTest settings() {
      return Defaults.class.getAnnotation(FakeSiviTest.class);
    }
  }
}
