package dev.sivi4j.testkit.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.ArrayList;
import java.util.List;

@AnalyzeClasses(packages = "dev.sivi4j.testkit", importOptions = ImportOption.DoNotIncludeTests.class)
class TestkitArchitectureTest {
  @ArchTest
  static final ArchRule no_package_cycles = slices().matching("dev.sivi4j.testkit.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule engine_knows_nothing_of_faces_faults_or_junit =
      noClasses().that().resideInAPackage("dev.sivi4j.testkit.internal.engine..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "dev.sivi4j.testkit", "dev.sivi4j.testkit.junit..", "dev.sivi4j.testkit.internal.http..", "org.junit..");

  @ArchTest
  static final ArchRule only_the_junit_package_sees_junit =
      noClasses().that().resideOutsideOfPackage("dev.sivi4j.testkit.junit..")
          .should().dependOnClassesThat().resideInAPackage("org.junit..");

  @ArchTest
  static final ArchRule main_code_never_prints = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule public_classes_are_final =
      classes().that().arePublic().and().resideOutsideOfPackage("..internal..")
          .and().areNotInterfaces().and().areNotEnums().and().areNotRecords().and().areNotAnnotations()
          .should().haveModifier(JavaModifier.FINAL);

  @ArchTest
  static final ArchRule no_internal_type_in_a_public_signature =
      methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
          .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
          .should(new ArchCondition<JavaMethod>("not mention an internal type in their signature") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
              List<JavaClass> types = new ArrayList<>(method.getRawParameterTypes());
              types.add(method.getRawReturnType());
              for (JavaClass type : types) {
                if (type.getPackageName().contains(".internal")) {
                  events.add(SimpleConditionEvent.violated(method, method.getFullName() + " mentions " + type.getName()));
                }
              }
            }
          });
}
