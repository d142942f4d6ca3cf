package dev.sivi4j.redis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.sivi4j.arch.ArchitectureRules;

/** The Redis adapter's main classes obey every shared rule, and reach core through its public ports only. */
@AnalyzeClasses(packages = "dev.sivi4j.redis", importOptions = ImportOption.DoNotIncludeTests.class)
class RedisArchitectureTest {
  @ArchTest static final ArchTests SHARED_RULES = ArchTests.in(ArchitectureRules.class);

  @ArchTest
  static final ArchRule uses_no_internal_package_of_core =
      noClasses().should().dependOnClassesThat().resideInAPackage("dev.sivi4j.internal..");

  @ArchTest
  static final ArchRule only_the_limit_and_its_builder_are_public =
      classes()
          .that()
          .arePublic()
          .should()
          .haveNameMatching("dev\\.sivi4j\\.redis\\.RedisRateLimit(\\$Builder)?")
          .because("Bucket4j and Lettuce stay behind one public type");
}
