package dev.sivi4j.transport.vertx;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.sivi4j.spi.TimeSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The boundaries of this module, checked on its compiled main classes. */
class VertxArchitectureTest {
  private static final String API = "dev.sivi4j.transport.vertx";
  private static final JavaClasses MAIN =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(API);

  /** Calls that park the calling thread until something else happens. */
  private static final DescribedPredicate<JavaMethodCall> BLOCKING_WAIT =
      DescribedPredicate.describe(
          "a blocking wait (Future.get/join, await, Thread.sleep, Object.wait, TimeSource.sleep)",
          call -> {
            JavaClass owner = call.getTargetOwner();
            String name = call.getTarget().getName();
            return owner.isAssignableTo(Future.class) && (name.equals("get") || name.equals("join"))
                || owner.isAssignableTo(CompletableFuture.class) && name.equals("join")
                || name.equals("await") || name.equals("awaitTermination") || name.equals("awaitUninterruptibly")
                || owner.isEquivalentTo(Thread.class) && (name.equals("sleep") || name.equals("join"))
                || owner.isEquivalentTo(Object.class) && name.equals("wait")
                || owner.isAssignableTo(TimeSource.class) && name.equals("sleep");
          });

  @Test
  void neverBlocks() {
    noClasses().should().callMethodWhere(BLOCKING_WAIT).check(MAIN);
  }

  @Test
  void blockingRuleCatchesABlockingCall() {
    JavaClasses blocking = new ClassFileImporter().importClasses(Await.class);

    assertThatThrownBy(() -> noClasses().should().callMethodWhere(BLOCKING_WAIT).check(blocking))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("CompletableFuture.get");
  }

  @Test
  void neverSeesGson() {
    noClasses().should().dependOnClassesThat().resideInAPackage("com.google.gson..").check(MAIN);
  }

  @Test
  void usesNoVertxInternals() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.vertx..impl..", "io.vertx.core.internal..")
        .check(MAIN);
  }

  @Test
  void publicTypesOfTheApiAreFinal() {
    classes()
        .that()
        .resideInAPackage(API)
        .and()
        .arePublic()
        .and()
        .areNotInterfaces()
        .should()
        .haveModifier(JavaModifier.FINAL)
        .check(MAIN);
  }

  @Test
  void publicSignaturesMentionNoInternalType() {
    codeUnits()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .should(mentionNoInternalType())
        .allowEmptyShould(false)
        .check(MAIN.that(DescribedPredicate.describe("in the API package", c -> c.getPackageName().equals(API))));
  }

  private static ArchCondition<JavaCodeUnit> mentionNoInternalType() {
    return new ArchCondition<>("mention no type from an internal package") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        Stream.concat(Stream.of(unit.getRawReturnType()), unit.getRawParameterTypes().stream())
            .filter(type -> type.getPackageName().contains(".internal"))
            .forEach(
                type -> events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " mentions " + type.getName())));
      }
    };
  }
}
