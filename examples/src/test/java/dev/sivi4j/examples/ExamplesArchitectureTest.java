package dev.sivi4j.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.sivi4j.SiviClient;
import dev.sivi4j.arch.ArchitectureRules;
import dev.sivi4j.transport.httpclient.SiviHttpClient;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The examples are what users copy: they obey sivi4j's own rules, use only the public API, and the
 * Vert.x one never blocks.
 */
class ExamplesArchitectureTest {
  // This module's own output only: scanning the classpath for the package would be slower.
  private static final Path MAIN = Path.of("target", "classes");
  private static final Path TESTS = Path.of("target", "test-classes");
  private static final JavaClasses EXAMPLES = new ClassFileImporter().importPath(MAIN);
  private static final JavaClasses EXAMPLES_AND_TESTS = new ClassFileImporter().importPaths(MAIN, TESTS);

  @TestFactory
  Stream<DynamicTest> sharedRules() {
    return ArchitectureRules.all().stream()
        .map(rule -> dynamicTest(rule.getDescription(), () -> rule.check(EXAMPLES)));
  }

  @Test
  void examplesAndTheirTestsUseOnlyThePublicApi() {
    noClasses().that().resideInAPackage("dev.sivi4j.examples..")
        .should().dependOnClassesThat().resideInAPackage("..internal..")
        .because("users see only the public API of sivi4j (and of Vert.x)")
        .check(EXAMPLES_AND_TESTS);
  }

  @Test
  void theVertxExampleNeverBlocks() {
    ArchitectureRules.neverBlock("dev.sivi4j.examples.vertx..").check(EXAMPLES);
    noClasses().that().resideInAPackage("dev.sivi4j.examples.vertx..")
        .should().dependOnClassesThat().belongToAnyOf(SiviClient.class, SiviHttpClient.class)
        .because("a verticle calls VertxSiviClient, whose futures never hold an event loop")
        .check(EXAMPLES);
  }
}
