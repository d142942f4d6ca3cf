package dev.sivi4j.spring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.sivi4j.arch.ArchitectureRules;

/** The starter obeys every shared rule and sees only sivi4j's public API. */
@AnalyzeClasses(packages = "dev.sivi4j.spring", importOptions = ImportOption.DoNotIncludeTests.class)
class StarterArchitectureTest {
  @ArchTest static final ArchTests SHARED_RULES = ArchTests.in(ArchitectureRules.class);

  @ArchTest
  static final ArchRule USES_NO_SIVI4J_INTERNALS =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.sivi4j..internal..")
          .because("the starter configures sivi4j through its public API, as an application would");

  @ArchTest
  static final ArchRule TEST_SUPPORT_STAYS_OUT_OF_THE_AUTO_CONFIGURATION =
      noClasses()
          .that()
          .resideInAPackage("dev.sivi4j.spring")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.sivi4j.testkit..", "org.springframework.test..", "dev.sivi4j.spring.test..")
          .because("applications run the auto-configuration without the testkit or spring-test");
}
