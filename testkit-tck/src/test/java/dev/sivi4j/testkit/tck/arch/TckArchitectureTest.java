package dev.sivi4j.testkit.tck.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.sivi4j.arch.ArchitectureRules;

/** The TCK's boundaries: sivi4j's shared rules (core's test-jar) and the TCK's own. */
@AnalyzeClasses(packages = "dev.sivi4j.testkit.tck", importOptions = ImportOption.DoNotIncludeTests.class)
class TckArchitectureTest {
  @ArchTest
  static final ArchRule public_api_exposes_no_internal_types = ArchitectureRules.PUBLIC_API_EXPOSES_NO_INTERNAL_TYPES;

  @ArchTest
  static final ArchRule no_standard_streams = ArchitectureRules.NO_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule no_generic_exceptions = ArchitectureRules.NO_GENERIC_EXCEPTIONS;

  /** Core's internals are read by the toString sweep only, which the shared rule names. */
  @ArchTest
  static final ArchRule only_core_reads_core_internals = ArchitectureRules.ONLY_CORE_READS_CORE_INTERNALS;

  /**
   * The shared {@code NO_JAVA_UTIL_LOGGING}, less the contracts' log capture, which attaches a handler
   * to JUL's root logger to scan what others log; it logs nothing itself.
   */
  @ArchTest
  static final ArchRule no_java_util_logging =
      noClasses().that().doNotHaveFullyQualifiedName("dev.sivi4j.testkit.tck.JulCapture")
          .should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING);

  /**
   * The fake's loopback server is the one testkit internal the contracts use (exported to this module
   * alone); the fake's engine stays out of reach.
   */
  @ArchTest
  static final ArchRule reads_only_the_loopback_server_of_the_testkit_internals =
      noClasses().should().dependOnClassesThat().resideInAnyPackage(
          "dev.sivi4j.testkit.internal.engine..", "dev.sivi4j.testkit.internal.error..");

  /** Public classes are final, except the abstract contracts, which exist to be extended. */
  @ArchTest
  static final ArchRule public_classes_are_final =
      classes().that().arePublic()
          .and().areNotInterfaces().and().areNotEnums().and().areNotRecords().and().areNotAnnotations()
          .and().doNotHaveModifier(JavaModifier.ABSTRACT)
          .should().haveModifier(JavaModifier.FINAL);

  /** Every public abstract class is a contract, named so. */
  @ArchTest
  static final ArchRule abstract_classes_are_contracts =
      classes().that().arePublic().and().haveModifier(JavaModifier.ABSTRACT).and().areNotInterfaces()
          .should().haveSimpleNameEndingWith("Contract");
}
