package dev.sivi4j.opentelemetry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.sivi4j.arch.ArchitectureRules;

/** The OpenTelemetry adapter obeys every shared rule and sees only sivi4j's public API and the OpenTelemetry API. */
@AnalyzeClasses(packages = "dev.sivi4j.opentelemetry", importOptions = ImportOption.DoNotIncludeTests.class)
class OpenTelemetryArchitectureTest {
  @ArchTest static final ArchTests SHARED_RULES = ArchTests.in(ArchitectureRules.class);

  @ArchTest
  static final ArchRule USES_NO_SIVI4J_INTERNALS_NOR_THE_SDK =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.sivi4j.internal..", "io.opentelemetry.sdk..")
          .because("an adapter implements the public port over the OpenTelemetry API");

  @ArchTest
  static final ArchRule NEVER_GRABS_THE_GLOBAL_INSTANCE =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("io.opentelemetry.api.GlobalOpenTelemetry")
          .because("the adapter works with the OpenTelemetry instance the application passes");
}
