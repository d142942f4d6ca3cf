package dev.sivi4j.arch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.sivi4j.arch.fixtures.api.LeakyParameter;
import dev.sivi4j.arch.fixtures.api.LeakyReturn;
import dev.sivi4j.arch.fixtures.api.LeakyTypeArgument;
import dev.sivi4j.arch.fixtures.api.TidyApi;
import dev.sivi4j.arch.fixtures.coding.FieldInjected;
import dev.sivi4j.arch.fixtures.coding.GenericThrower;
import dev.sivi4j.arch.fixtures.coding.JulLogger;
import dev.sivi4j.arch.fixtures.coding.Printer;
import dev.sivi4j.arch.fixtures.core.ApacheTouchingValue;
import dev.sivi4j.arch.fixtures.core.GsonTouchingValue;
import dev.sivi4j.arch.fixtures.core.PlainValue;
import dev.sivi4j.arch.fixtures.core.VertxTouchingValue;
import dev.sivi4j.arch.fixtures.cycle.a.Alpha;
import dev.sivi4j.arch.fixtures.cycle.b.Beta;
import dev.sivi4j.arch.fixtures.dagger.InjectedService;
import dev.sivi4j.arch.fixtures.dagger.LooseModule;
import dev.sivi4j.arch.fixtures.dagger.PublicComponent;
import dev.sivi4j.arch.fixtures.dagger.internal.TidyModule;
import dev.sivi4j.arch.fixtures.error.PlacedException;
import dev.sivi4j.arch.fixtures.layers.domain.GsonValue;
import dev.sivi4j.arch.fixtures.layers.domain.UpwardValue;
import dev.sivi4j.arch.fixtures.layers.error.FixtureFailure;
import dev.sivi4j.arch.fixtures.layers.spi.Port;
import dev.sivi4j.arch.fixtures.misplaced.StrayException;
import dev.sivi4j.arch.fixtures.seam.PipelineReader;
import dev.sivi4j.arch.fixtures.seam.SeamUser;
import dev.sivi4j.arch.fixtures.transport.BytesOnlyTransport;
import dev.sivi4j.arch.fixtures.transport.GsonDecodingTransport;
import dev.sivi4j.arch.fixtures.vertx.AwaitingHandler;
import dev.sivi4j.arch.fixtures.vertx.GettingHandler;
import dev.sivi4j.arch.fixtures.vertx.JoiningHandler;
import dev.sivi4j.arch.fixtures.vertx.LatchAwaitingHandler;
import dev.sivi4j.arch.fixtures.vertx.PatientHandler;
import dev.sivi4j.arch.fixtures.vertx.SelfWaitingHandler;
import dev.sivi4j.arch.fixtures.vertx.SleepingHandler;
import dev.sivi4j.arch.fixtures.vertx.ThreadJoiningHandler;
import dev.sivi4j.arch.fixtures.vertx.TimeSourceSleepingHandler;
import dev.sivi4j.arch.fixtures.vertx.WaitingHandler;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each shared rule reports a deliberately bad fixture and accepts a good one. */
class ArchitectureRulesTest {
  private static final String FIXTURES = "dev.sivi4j.arch.fixtures";
  /** Imported once: importing resolves the JDK types the fixtures use, which is the slow part. */
  private static final JavaClasses FIXTURE_CLASSES = new ClassFileImporter().importPackages(FIXTURES);

  private static JavaClasses classes(Class<?>... types) {
    return FIXTURE_CLASSES.that(JavaClass.Predicates.belongToAnyOf(types));
  }

  private static void assertViolation(ArchRule rule, String expected, Class<?>... types) {
    assertThatThrownBy(() -> rule.check(classes(types)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(expected);
  }

  private static void assertNoViolation(ArchRule rule, Class<?>... types) {
    assertThatCode(() -> rule.check(classes(types))).doesNotThrowAnyException();
  }

  @Test
  void reportsAModuleOtherThanCoreReadingCoreInternals() {
    assertViolation(ArchitectureRules.ONLY_CORE_READS_CORE_INTERNALS, "PipelineReader", PipelineReader.class);
    assertNoViolation(ArchitectureRules.ONLY_CORE_READS_CORE_INTERNALS, SeamUser.class);
  }

  @Test
  void exemptsOnlyTheTckSweepByItsFullName() {
    assertThat(ArchitectureRules.TOSTRING_SWEEP).isEqualTo("dev.sivi4j.testkit.tck.ToStringSweep");
    assertViolation(
        ArchitectureRules.ONLY_CORE_READS_CORE_INTERNALS,
        "dev.sivi4j.arch.fixtures.seam.sweep.ToStringSweep",
        dev.sivi4j.arch.fixtures.seam.sweep.ToStringSweep.class);
  }

  @ParameterizedTest
  @ValueSource(classes = {GsonTouchingValue.class, ApacheTouchingValue.class, VertxTouchingValue.class})
  void reportsCoreTouchingAnHttpOrJsonLibrary(Class<?> fixture) {
    assertViolation(ArchitectureRules.touchNoHttpOrJsonLibrary(FIXTURES + ".core.."), fixture.getSimpleName(), fixture);
  }

  @Test
  void acceptsCoreUsingOnlyTheJdk() {
    assertNoViolation(ArchitectureRules.touchNoHttpOrJsonLibrary(FIXTURES + ".core.."), PlainValue.class);
  }

  @Test
  void reportsATransportReadingJsonWithGson() {
    ArchRule rule = ArchitectureRules.touchNoGson(FIXTURES + ".transport..");
    assertViolation(rule, "com.google.gson.JsonParser", GsonDecodingTransport.class);
    assertNoViolation(rule, BytesOnlyTransport.class);
  }

  @Test
  void reportsAnExceptionOutsideAnErrorPackage() {
    assertViolation(ArchitectureRules.EXCEPTIONS_RESIDE_IN_ERROR_PACKAGES, StrayException.class.getName(), StrayException.class);
    assertNoViolation(ArchitectureRules.EXCEPTIONS_RESIDE_IN_ERROR_PACKAGES, PlacedException.class);
  }

  @ParameterizedTest
  @ValueSource(classes = {LeakyReturn.class, LeakyParameter.class, LeakyTypeArgument.class})
  void reportsAnInternalTypeInAPublicSignature(Class<?> fixture) {
    assertViolation(
        ArchitectureRules.PUBLIC_API_EXPOSES_NO_INTERNAL_TYPES,
        "internal type " + FIXTURES + ".api.internal.Hidden",
        fixture);
  }

  @Test
  void acceptsAnInternalTypeUsedOnlyInside() {
    assertNoViolation(ArchitectureRules.PUBLIC_API_EXPOSES_NO_INTERNAL_TYPES, TidyApi.class);
  }

  @Test
  void reportsADaggerModuleOutsideAnInternalPackage() {
    assertViolation(ArchitectureRules.DAGGER_MODULES_ARE_INTERNAL, LooseModule.class.getName(), LooseModule.class);
    assertViolation(ArchitectureRules.DAGGER_IS_USED_ONLY_IN_INTERNAL_PACKAGES, "dagger.Module", LooseModule.class);
    assertNoViolation(ArchitectureRules.DAGGER_MODULES_ARE_INTERNAL, TidyModule.class);
    assertNoViolation(ArchitectureRules.DAGGER_IS_USED_ONLY_IN_INTERNAL_PACKAGES, TidyModule.class);
  }

  @Test
  void reportsAnInjectConstructorOutsideAnInternalPackage() {
    assertViolation(ArchitectureRules.INJECT_CONSTRUCTORS_ARE_INTERNAL, InjectedService.class.getName(), InjectedService.class);
  }

  @Test
  void reportsAPublicDaggerComponent() {
    assertViolation(ArchitectureRules.DAGGER_COMPONENTS_ARE_NOT_PUBLIC, PublicComponent.class.getName(), PublicComponent.class);
  }

  @ParameterizedTest
  @ValueSource(
      classes = {
        JoiningHandler.class,
        GettingHandler.class,
        AwaitingHandler.class,
        SleepingHandler.class,
        WaitingHandler.class,
        SelfWaitingHandler.class,
        ThreadJoiningHandler.class,
        TimeSourceSleepingHandler.class,
        LatchAwaitingHandler.class
      })
  void reportsVertxCodeThatBlocks(Class<?> fixture) {
    assertViolation(ArchitectureRules.neverBlock(FIXTURES + ".vertx.."), fixture.getSimpleName(), fixture);
  }

  @Test
  void acceptsVertxCodeThatComposes() {
    assertNoViolation(ArchitectureRules.neverBlock(FIXTURES + ".vertx.."), PatientHandler.class);
  }

  @Test
  void reportsADomainValueThatDependsOnAPort() {
    ArchRule rule =
        ArchitectureRules.domainErrorSpiLayers(
            FIXTURES + ".layers.domain..", FIXTURES + ".layers.error..", FIXTURES + ".layers.spi..");
    assertViolation(rule, UpwardValue.class.getName(), UpwardValue.class, Port.class);
    assertNoViolation(rule, FixtureFailure.class);
  }

  @Test
  void reportsADomainValueThatDependsOnALibrary() {
    ArchRule rule =
        ArchitectureRules.domainErrorSpiDependOnlyOnTheJdk(
            FIXTURES + ".layers.domain..", FIXTURES + ".layers.error..", FIXTURES + ".layers.spi..");
    assertViolation(rule, "com.google.gson.JsonObject", GsonValue.class);
    assertNoViolation(rule, UpwardValue.class, Port.class, FixtureFailure.class);
  }

  @Test
  void reportsAPackageCycle() {
    assertViolation(ArchitectureRules.freeOfCycles(FIXTURES + ".cycle.(*).."), "Cycle", Alpha.class, Beta.class);
    assertNoViolation(ArchitectureRules.freeOfCycles(FIXTURES + ".cycle.(*).."), Alpha.class);
  }

  @Test
  void reportsMainCodeThatBreaksTheGeneralCodingRules() {
    assertViolation(ArchitectureRules.NO_STANDARD_STREAMS, "System.out", Printer.class);
    assertViolation(ArchitectureRules.NO_JAVA_UTIL_LOGGING, "java.util.logging", JulLogger.class);
    assertViolation(ArchitectureRules.NO_GENERIC_EXCEPTIONS, "RuntimeException", GenericThrower.class);
    assertViolation(ArchitectureRules.NO_FIELD_INJECTION, "name", FieldInjected.class);
  }

  @Test
  void everyRuleAcceptsAModuleWithoutThePackagesItGuards() {
    JavaClasses unrelated = classes(BytesOnlyTransport.class);
    for (ArchRule rule : ArchitectureRules.all()) {
      assertThatCode(() -> rule.check(unrelated)).as(rule.getDescription()).doesNotThrowAnyException();
    }
  }

  @Test
  void allListsEveryRuleField() throws IllegalAccessException {
    Field[] fields =
        Arrays.stream(ArchitectureRules.class.getFields())
            .filter(field -> field.getType() == ArchRule.class)
            .toArray(Field[]::new);
    for (Field field : fields) {
      assertThat(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()))
          .as(field.getName())
          .isTrue();
      assertThat(field.isAnnotationPresent(ArchTest.class)).as(field.getName()).isTrue();
      assertThat(ArchitectureRules.all()).as(field.getName()).contains((ArchRule) field.get(null));
    }
    assertThat(ArchitectureRules.all()).hasSize(fields.length);
  }
}
