package dev.sivi4j.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;

/**
 * The architecture rules of sivi4j (DESIGN.md, "ArchUnit"), shared by every module through core's
 * test-jar. Each rule is a field marked {@link ArchTest}, so a module applies all of them with {@code
 * @ArchTest static final ArchTests RULES = ArchTests.in(ArchitectureRules.class)} (or loops over {@link
 * #all()}); rules about packages a module does not have allow an empty selection. Each package-specific
 * rule also has a factory taking the packages, which the rules' own tests point at bad fixtures.
 *
 * <p>Import main classes only ({@code ImportOption.DoNotIncludeTests}): the coding rules are for
 * production code.
 */
public final class ArchitectureRules {
  /** Where core's domain values live. */
  public static final String DOMAIN = "dev.sivi4j.domain..";

  /** Where the exception family lives. */
  public static final String ERROR = "dev.sivi4j.error..";

  /** Where the outbound ports live. */
  public static final String SPI = "dev.sivi4j.spi..";

  /** Every package of the core module (the root package itself, then its subpackages). */
  public static final List<String> CORE_PACKAGES =
      List.of("dev.sivi4j", DOMAIN, ERROR, SPI, "dev.sivi4j.internal..");

  /**
   * The one class outside core that may read core's internal packages: the transport TCK's toString
   * sweep, which builds the pipeline's own types to prove none of them prints the key. The TCK's own
   * tests check that the class of this name exists.
   */
  public static final String TOSTRING_SWEEP = "dev.sivi4j.testkit.tck.ToStringSweep";

  /** Domain, error and spi depend on the JDK, JSpecify and each other only. */
  @ArchTest
  public static final ArchRule DOMAIN_ERROR_AND_SPI_DEPEND_ONLY_ON_THE_JDK =
      domainErrorSpiDependOnlyOnTheJdk(DOMAIN, ERROR, SPI);

  /** Domain is below error, which is below spi: no dependency points upwards. */
  @ArchTest
  public static final ArchRule DOMAIN_ERROR_AND_SPI_ARE_LAYERED = domainErrorSpiLayers(DOMAIN, ERROR, SPI);

  /** Core never touches an HTTP or JSON library: those belong to the adapters. */
  @ArchTest
  public static final ArchRule CORE_TOUCHES_NO_HTTP_OR_JSON_LIBRARY =
      touchNoHttpOrJsonLibrary(CORE_PACKAGES.toArray(String[]::new));

  /** Transports move bytes; decoding JSON is the codec's job. */
  @ArchTest
  public static final ArchRule TRANSPORTS_TOUCH_NO_GSON = touchNoGson("dev.sivi4j.transport..");

  /** Dagger generates public factories beside a module, so modules live in internal packages. */
  @ArchTest
  public static final ArchRule DAGGER_MODULES_ARE_INTERNAL =
      classes()
          .that()
          .areAnnotatedWith("dagger.Module")
          .should()
          .resideInAPackage("..internal..")
          .because("Dagger generates public factories beside every module")
          .allowEmptyShould(true);

  /** Dagger generates a public factory for every {@code @Inject} constructor, so they live in internal packages. */
  @ArchTest
  public static final ArchRule INJECT_CONSTRUCTORS_ARE_INTERNAL =
      constructors()
          .that()
          .areAnnotatedWith("jakarta.inject.Inject")
          .or()
          .areAnnotatedWith("javax.inject.Inject")
          .should()
          .beDeclaredInClassesThat()
          .resideInAPackage("..internal..")
          .because("Dagger generates a public factory for every @Inject constructor")
          .allowEmptyShould(true);

  /** Components are composition roots, not API. */
  @ArchTest
  public static final ArchRule DAGGER_COMPONENTS_ARE_NOT_PUBLIC =
      classes()
          .that()
          .areAnnotatedWith("dagger.Component")
          .should()
          .notBePublic()
          .because("users never see Dagger")
          .allowEmptyShould(true);

  /** Outside internal packages only non-public classes (a transport's component) touch Dagger. */
  @ArchTest
  public static final ArchRule DAGGER_IS_USED_ONLY_IN_INTERNAL_PACKAGES =
      noClasses()
          .that()
          .resideInAPackage("dev.sivi4j..")
          .and()
          .resideOutsideOfPackage("..internal..")
          .and()
          .arePublic()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dagger..", "javax.inject..", "jakarta.inject..")
          .because("users never see Dagger: only a package-private component sits beside the public facade")
          .allowEmptyShould(true);

  /**
   * Only core reads core's internal packages: every other module turns a transport into a client
   * through {@code SiviClients}. The one exception is {@link #TOSTRING_SWEEP}, the transport TCK's
   * toString sweep.
   */
  @ArchTest
  public static final ArchRule ONLY_CORE_READS_CORE_INTERNALS =
      noClasses()
          .that()
          .resideOutsideOfPackages(CORE_PACKAGES.toArray(new String[0]))
          .and()
          .doNotHaveFullyQualifiedName(TOSTRING_SWEEP)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.sivi4j.internal..")
          .because("the public assembly seam, SiviClients, is how any module builds a client")
          .allowEmptyShould(true);

  /** No public member of a public, non-internal class mentions an internal type. */
  @ArchTest
  public static final ArchRule PUBLIC_API_EXPOSES_NO_INTERNAL_TYPES =
      classes()
          .that(InternalTypeExposure.VISIBLE_OUTSIDE_THEIR_PACKAGE)
          .and()
          .resideInAPackage("dev.sivi4j..")
          .and()
          .resideOutsideOfPackage("..internal..")
          .should(new InternalTypeExposure())
          .because("internal packages carry no compatibility promise")
          .allowEmptyShould(true);

  /** Every exception of sivi4j is in an error package. */
  @ArchTest
  public static final ArchRule EXCEPTIONS_RESIDE_IN_ERROR_PACKAGES =
      classes()
          .that()
          .areAssignableTo(Throwable.class)
          .and()
          .resideInAPackage("dev.sivi4j..")
          .should()
          .resideInAPackage("..error..")
          .because("the exception family is one sealed hierarchy users catch in one place")
          .allowEmptyShould(true);

  /** The Vert.x adapter runs on event loops and must never block one. */
  @ArchTest
  public static final ArchRule VERTX_ADAPTER_NEVER_BLOCKS = neverBlock("dev.sivi4j.transport.vertx..");

  /** No cycles between the top-level packages ({@code domain}, {@code error}, {@code spi}, {@code internal}, ...). */
  @ArchTest
  public static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = freeOfCycles("dev.sivi4j.(*)..");

  /**
   * Library code does not print; it reports through exceptions and SLF4J. The {@code
   * sivi} command ({@code dev.sivi4j.cli..}) is an application whose output is the terminal.
   */
  @ArchTest
  public static final ArchRule NO_STANDARD_STREAMS =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.sivi4j.cli..")
          .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
          .because("a library reports through exceptions and SLF4J")
          .allowEmptyShould(true);

  /** Main code logs through SLF4J, never {@code java.util.logging} directly. */
  @ArchTest
  public static final ArchRule NO_JAVA_UTIL_LOGGING = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  /** Main code throws specific exceptions, never {@code Exception}, {@code RuntimeException} or {@code Throwable}. */
  @ArchTest
  public static final ArchRule NO_GENERIC_EXCEPTIONS = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

  /** Dependencies come in through constructors. */
  @ArchTest
  public static final ArchRule NO_FIELD_INJECTION =
      GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.allowEmptyShould(true);

  private ArchitectureRules() {}

  /**
   * Every rule above, for modules that loop over rules instead of using the ArchUnit engine.
   *
   * @return the rules
   */
  public static List<ArchRule> all() {
    return List.of(
        DOMAIN_ERROR_AND_SPI_DEPEND_ONLY_ON_THE_JDK,
        DOMAIN_ERROR_AND_SPI_ARE_LAYERED,
        CORE_TOUCHES_NO_HTTP_OR_JSON_LIBRARY,
        TRANSPORTS_TOUCH_NO_GSON,
        DAGGER_MODULES_ARE_INTERNAL,
        INJECT_CONSTRUCTORS_ARE_INTERNAL,
        DAGGER_COMPONENTS_ARE_NOT_PUBLIC,
        DAGGER_IS_USED_ONLY_IN_INTERNAL_PACKAGES,
        ONLY_CORE_READS_CORE_INTERNALS,
        PUBLIC_API_EXPOSES_NO_INTERNAL_TYPES,
        EXCEPTIONS_RESIDE_IN_ERROR_PACKAGES,
        VERTX_ADAPTER_NEVER_BLOCKS,
        NO_CYCLES_BETWEEN_PACKAGES,
        NO_STANDARD_STREAMS,
        NO_JAVA_UTIL_LOGGING,
        NO_GENERIC_EXCEPTIONS,
        NO_FIELD_INJECTION);
  }

  /**
   * The domain, error and spi packages depend on nothing but the JDK, JSpecify and each other.
   *
   * @param domain the domain package identifier
   * @param error the error package identifier
   * @param spi the spi package identifier
   * @return the rule
   */
  public static ArchRule domainErrorSpiDependOnlyOnTheJdk(String domain, String error, String spi) {
    return classes()
        .that()
        .resideInAnyPackage(domain, error, spi)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.jspecify..", domain, error, spi)
        .because("the domain and the ports are plain Java that any adapter can use")
        .allowEmptyShould(true);
  }

  /**
   * Domain is used by error and spi, error only by spi, and spi by neither.
   *
   * @param domain the domain package identifier
   * @param error the error package identifier
   * @param spi the spi package identifier
   * @return the rule
   */
  public static ArchRule domainErrorSpiLayers(String domain, String error, String spi) {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("domain")
        .definedBy(domain)
        .layer("error")
        .definedBy(error)
        .layer("spi")
        .definedBy(spi)
        .whereLayer("spi")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("error")
        .mayOnlyBeAccessedByLayers("spi")
        .whereLayer("domain")
        .mayOnlyBeAccessedByLayers("error", "spi")
        .allowEmptyShould(true);
  }

  /**
   * Classes in the given packages touch no HTTP client and no JSON library.
   *
   * @param packages package identifiers, such as {@code dev.sivi4j.domain..}
   * @return the rule
   */
  public static ArchRule touchNoHttpOrJsonLibrary(String... packages) {
    return noClasses()
        .that()
        .resideInAnyPackage(packages)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.hc..", "io.vertx..", "com.google.gson..", "java.net.http..")
        .because("core is the hexagon; HTTP and JSON are adapters")
        .allowEmptyShould(true);
  }

  /**
   * Classes in the given packages never touch Gson.
   *
   * @param packages package identifiers
   * @return the rule
   */
  public static ArchRule touchNoGson(String... packages) {
    return noClasses()
        .that()
        .resideInAnyPackage(packages)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.google.gson..")
        .because("transports move bytes; the codec reads JSON")
        .allowEmptyShould(true);
  }

  /**
   * Classes in the given packages never call a method that parks the thread: {@code
   * CompletableFuture.join/get}, {@code Future.get}, {@code io.vertx.core.Future.await}, {@code
   * Thread.sleep/join}, {@code TimeUnit.sleep}, sivi4j's {@code TimeSource.sleep}, {@code Object.wait},
   * or an {@code await*} method of {@code java.util.concurrent}.
   *
   * @param packages package identifiers
   * @return the rule
   */
  public static ArchRule neverBlock(String... packages) {
    return classes()
        .that()
        .resideInAnyPackage(packages)
        .should(new BlockingCalls())
        .because("an event-loop thread that blocks stalls every connection it serves")
        .allowEmptyShould(true);
  }

  /**
   * No cycles between the slices the pattern makes.
   *
   * @param slicePattern for example {@code dev.sivi4j.(*)..}
   * @return the rule
   */
  public static ArchRule freeOfCycles(String slicePattern) {
    return slices().matching(slicePattern).should().beFreeOfCycles().allowEmptyShould(true);
  }
}
