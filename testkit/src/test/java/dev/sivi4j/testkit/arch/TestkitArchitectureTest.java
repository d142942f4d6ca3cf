package dev.sivi4j.testkit.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.sivi4j.arch.ArchitectureRules;
import dev.sivi4j.testkit.CreditPool;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.Usage;
import dev.sivi4j.testkit.UserSnapshot;

/** The testkit's boundaries: sivi4j's shared rules (core's test-jar) and the testkit's own. */
@AnalyzeClasses(packages = "dev.sivi4j.testkit", importOptions = ImportOption.DoNotIncludeTests.class)
class TestkitArchitectureTest {
  @ArchTest
  static final ArchRule public_api_exposes_no_internal_types = ArchitectureRules.PUBLIC_API_EXPOSES_NO_INTERNAL_TYPES;

  @ArchTest
  static final ArchRule no_cycles_between_packages = ArchitectureRules.NO_CYCLES_BETWEEN_PACKAGES;

  @ArchTest
  static final ArchRule no_standard_streams = ArchitectureRules.NO_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule no_java_util_logging = ArchitectureRules.NO_JAVA_UTIL_LOGGING;

  @ArchTest
  static final ArchRule only_core_reads_core_internals = ArchitectureRules.ONLY_CORE_READS_CORE_INTERNALS;

  @ArchTest
  static final ArchRule no_generic_exceptions = ArchitectureRules.NO_GENERIC_EXCEPTIONS;

  @ArchTest
  static final ArchRule dagger_is_used_only_in_internal_packages = ArchitectureRules.DAGGER_IS_USED_ONLY_IN_INTERNAL_PACKAGES;

  /**
   * The shared {@code EXCEPTIONS_RESIDE_IN_ERROR_PACKAGES}, less the loopback server's package, whose
   * private {@code RequestRejectedException} (a signal between its reader and its connection loop) is
   * the one exception outside an error package.
   */
  @ArchTest
  static final ArchRule exceptions_reside_in_error_packages =
      classes().that().areAssignableTo(Throwable.class)
          .and().resideInAPackage("dev.sivi4j..")
          .and().resideOutsideOfPackage("dev.sivi4j.testkit.internal.http..")
          .should().resideInAPackage("..error..")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule no_cycles_inside_the_testkit = slices().matching("dev.sivi4j.testkit.(**)").should().beFreeOfCycles();

  /**
   * The fake's values: plain immutable types of the public package that the engine takes and returns as
   * they are, so that no internal twin is copied into them field by field (as core's internal pipeline
   * reads {@code dev.sivi4j.KeyKind}).
   */
  private static final Class<?>[] VALUES = {FakeKeyKind.class, Usage.class, CreditPool.class, UserSnapshot.class};

  /** A value, its nested builder, or an array of either (an enum's {@code values()}). */
  private static final DescribedPredicate<JavaClass> A_VALUE =
      DescribedPredicate.describe("belong to the fake's values", type -> belongToAnyOf(VALUES).test(type.getBaseComponentType()));

  /** Of the public package the engine sees the values only: no face, no fault, no journal. */
  @ArchTest
  static final ArchRule engine_knows_nothing_of_faces_faults_or_junit =
      noClasses().that().resideInAPackage("dev.sivi4j.testkit.internal.engine..")
          .should().dependOnClassesThat(
              resideInAnyPackage(
                      "dev.sivi4j.testkit", "dev.sivi4j.testkit.junit..", "dev.sivi4j.testkit.internal.http..", "org.junit..")
                  .and(not(A_VALUE)));

  /** The values lean on no other testkit class, so the engine reading them closes no cycle of classes. */
  @ArchTest
  static final ArchRule values_depend_on_no_other_testkit_class =
      classes().that(A_VALUE)
          .should().onlyDependOnClassesThat(resideOutsideOfPackage("dev.sivi4j.testkit..").or(A_VALUE));

  /** JUnit is for the extension's package only; the transport contracts are sivi4j-testkit-tck. */
  @ArchTest
  static final ArchRule only_the_junit_package_sees_junit =
      noClasses().that().resideOutsideOfPackage("dev.sivi4j.testkit.junit..")
          .should().dependOnClassesThat().resideInAPackage("org.junit..");

  /** The fake asserts nothing: AssertJ is the test suite's, and the TCK's. */
  @ArchTest
  static final ArchRule nothing_uses_assertj =
      noClasses().should().dependOnClassesThat().resideInAPackage("org.assertj..");

  /** Public classes are final, or abstract (the root of a closed hierarchy). */
  @ArchTest
  static final ArchRule public_classes_are_final =
      classes().that().arePublic().and().resideOutsideOfPackage("..internal..")
          .and().areNotInterfaces().and().areNotEnums().and().areNotRecords().and().areNotAnnotations()
          .and().doNotHaveModifier(JavaModifier.ABSTRACT)
          .should().haveModifier(JavaModifier.FINAL);
}
