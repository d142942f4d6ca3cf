package dev.sivi4j.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.sivi4j.arch.ArchitectureRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The command line obeys the shared rules, but for standard streams: a command writes to them, and only
 * {@link Terminal#system()} may reach them so every other class writes where it is told.
 */
class CliArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.sivi4j.cli");

  @TestFactory
  Stream<DynamicTest> sharedRules() {
    return ArchitectureRules.all().stream()
        .filter(rule -> rule != ArchitectureRules.NO_STANDARD_STREAMS)
        .map(rule -> dynamicTest(rule.getDescription(), () -> rule.check(MAIN)));
  }

  @Test
  void onlyTheTerminalTouchesStandardStreams() {
    noClasses()
        .that()
        .doNotHaveSimpleName("Terminal")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(MAIN);
  }
}
