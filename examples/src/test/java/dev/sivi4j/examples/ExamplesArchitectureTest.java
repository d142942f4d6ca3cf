package dev.sivi4j.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.sivi4j.SiviClient;
import dev.sivi4j.transport.httpclient.SiviHttpClient;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The examples are what users copy: public API only, and the Vert.x one never blocks. */
class ExamplesArchitectureTest {
  // This module's own output only: scanning the whole classpath for the package would be slow.
  private static final Path MAIN = Path.of("target", "classes");
  private static final Path TESTS = Path.of("target", "test-classes");
  private static final JavaClasses EXAMPLES = new ClassFileImporter().importPath(MAIN);
  private static final JavaClasses EXAMPLES_AND_TESTS = new ClassFileImporter().importPaths(MAIN, TESTS);

  private static final Set<String> BLOCKING_CALLS = Set.of(
      "io.vertx.core.Future.await",
      "java.util.concurrent.Future.get",
      "java.util.concurrent.CompletableFuture.get",
      "java.util.concurrent.CompletableFuture.join",
      "java.util.concurrent.CountDownLatch.await",
      "java.lang.Thread.sleep");
  private static final DescribedPredicate<JavaMethodCall> BLOCKING =
      DescribedPredicate.describe(
          "a blocking call (Future.await or get, CompletableFuture.join, CountDownLatch.await, Thread.sleep)",
          call -> BLOCKING_CALLS.contains(call.getTargetOwner().getFullName() + "." + call.getName()));

  @Test
  void examplesAndTheirTestsUseOnlyThePublicApi() {
    noClasses().that().resideInAPackage("dev.sivi4j.examples..")
        .should().dependOnClassesThat().resideInAPackage("..internal..")
        .because("users see only the public API of sivi4j (and of Vert.x)")
        .check(EXAMPLES_AND_TESTS);
  }

  @Test
  void theVertxExampleNeverBlocks() {
    noClasses().that().resideInAPackage("dev.sivi4j.examples.vertx..")
        .should().dependOnClassesThat().belongToAnyOf(SiviClient.class, SiviHttpClient.class)
        .orShould().callMethodWhere(BLOCKING)
        .because("an event loop that waits stalls every request it serves")
        .check(EXAMPLES);
  }

  @Test
  void examplesWriteNothingToTheConsole() {
    noClasses().that().resideInAPackage("dev.sivi4j.examples..")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .because("examples log through System.Logger, as sivi4j does")
        .check(EXAMPLES);
  }
}
