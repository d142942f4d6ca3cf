package dev.sivi4j.examples.spring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.sivi4j.arch.ArchitectureRules;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The Spring example is what users copy: it obeys sivi4j's own rules and uses only the public API. */
class SpringExampleArchitectureTest {
  private static final Path MAIN = Path.of("target", "classes");
  private static final Path TESTS = Path.of("target", "test-classes");
  private static final JavaClasses EXAMPLE = new ClassFileImporter().importPath(MAIN);
  private static final JavaClasses EXAMPLE_AND_TESTS = new ClassFileImporter().importPaths(MAIN, TESTS);

  @TestFactory
  Stream<DynamicTest> sharedRules() {
    return ArchitectureRules.all().stream().map(rule -> dynamicTest(rule.getDescription(), () -> rule.check(EXAMPLE)));
  }

  @Test
  void exampleAndItsTestsUseOnlyThePublicApi() {
    noClasses()
        .that()
        .resideInAPackage("dev.sivi4j.examples.spring..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..internal..")
        .because("users see only the public API of sivi4j")
        .check(EXAMPLE_AND_TESTS);
  }

  @Test
  void exampleNeverBuildsItsOwnClient() {
    noClasses()
        .that()
        .resideInAPackage("dev.sivi4j.examples.spring..")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameStartingWith("SiviHttpClient")
        .because("the starter's SiviClient bean is the application's client")
        .check(EXAMPLE);
  }
}
