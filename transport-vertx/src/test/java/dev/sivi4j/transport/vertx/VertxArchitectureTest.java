package dev.sivi4j.transport.vertx;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.sivi4j.arch.ArchitectureRules;
import io.vertx.ext.web.client.impl.ClientPhase;
import io.vertx.ext.web.client.impl.HttpContext;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The boundaries of this module, checked on its compiled main classes: every rule sivi4j shares through
 * core's test-jar, and the rules particular to the Vert.x adapter.
 */
class VertxArchitectureTest {
  private static final String API = "dev.sivi4j.transport.vertx";
  private static final JavaClasses MAIN =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(API);
  /** The Web Client's interceptor types, named by the public {@code WebClient.addInterceptor}. */
  private static final DescribedPredicate<JavaClass> INTERCEPTOR_TYPES = belongToAnyOf(HttpContext.class, ClientPhase.class);
  private static final String HOOK = API + ".internal.ClientRequestHook";

  /**
   * The shared rules, but one: the shared Dagger rule keeps Dagger out of every non-internal package,
   * while this module's component is, by design, package-private in the API package. {@link
   * #daggerStaysInInternalPackagesAndTheComponent} checks the narrower form.
   */
  @TestFactory
  Stream<DynamicTest> sharedRules() {
    return ArchitectureRules.all().stream()
        .filter(rule -> rule != ArchitectureRules.DAGGER_IS_USED_ONLY_IN_INTERNAL_PACKAGES)
        .map(rule -> dynamicTest(rule.getDescription(), () -> rule.check(MAIN)));
  }

  @Test
  void daggerStaysInInternalPackagesAndTheComponent() {
    noClasses()
        .that()
        .resideOutsideOfPackage("..internal..")
        .and()
        .haveNameNotMatching(".*\\.(Dagger)?VertxComponent(\\$.*)?")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dagger..", "javax.inject..", "jakarta.inject..")
        .because("users never see Dagger; only the package-private component and its generated code touch it")
        .check(MAIN);
    classes()
        .that()
        .haveNameMatching(".*\\.(VertxComponent|DaggerVertxComponent)")
        .should()
        .notBePublic()
        .check(MAIN);
  }

  @Test
  void blockingRuleCatchesABlockingCall() {
    JavaClasses blocking = new ClassFileImporter().importClasses(Await.class);

    assertThatThrownBy(() -> ArchitectureRules.VERTX_ADAPTER_NEVER_BLOCKS.check(blocking))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("CompletableFuture.get");
  }

  @Test
  void usesNoVertxInternals() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAnyPackage("io.vertx..impl..", "io.vertx.core.internal..").and(not(INTERCEPTOR_TYPES)))
        .because("Vert.x internals change between minor versions")
        .check(MAIN);
  }

  @Test
  void onlyTheRequestHookTouchesTheWebClientInterceptorTypes() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(HOOK)
        .should()
        .dependOnClassesThat(INTERCEPTOR_TYPES)
        .because("WebClient.addInterceptor names these impl types; one class confines them")
        .check(MAIN);
  }

  @Test
  void publicClassesOfTheApiAreFinal() {
    classes()
        .that()
        .resideInAPackage(API)
        .and()
        .arePublic()
        .and()
        .areNotInterfaces()
        .should()
        .haveModifier(JavaModifier.FINAL)
        .check(MAIN);
  }
}
