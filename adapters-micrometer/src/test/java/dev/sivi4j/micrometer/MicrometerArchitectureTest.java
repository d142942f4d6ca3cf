package dev.sivi4j.micrometer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.sivi4j.arch.ArchitectureRules;

/** The Micrometer adapter obeys every shared rule and sees only sivi4j's public API and Micrometer. */
@AnalyzeClasses(packages = "dev.sivi4j.micrometer", importOptions = ImportOption.DoNotIncludeTests.class)
class MicrometerArchitectureTest {
  @ArchTest static final ArchTests SHARED_RULES = ArchTests.in(ArchitectureRules.class);

  @ArchTest
  static final ArchRule USES_NO_SIVI4J_INTERNALS =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.sivi4j.internal..")
          .because("an adapter implements the public port");
}
