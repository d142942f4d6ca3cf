package dev.sivi4j.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.junit.LocationProvider;
import dev.sivi4j.SiviConfig;
import java.util.Set;

/** Core's main classes obey every shared architecture rule. */
@AnalyzeClasses(locations = CoreArchitectureTest.CoreMainClasses.class, importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {
  @ArchTest static final ArchTests SHARED_RULES = ArchTests.in(ArchitectureRules.class);

  /** The rules must have something to check: the import holds core's main classes and nothing else. */
  @ArchTest
  static void importsCoresMainClassesOnly(JavaClasses classes) {
    assertThat(classes.contain(SiviConfig.class)).isTrue();
    assertThat(classes.contain("dev.sivi4j.internal.pipeline.Pipeline")).isTrue();
    assertThat(classes.contain("dev.sivi4j.SiviClients")).isTrue();
    assertThat(classes.stream().map(JavaClass::getPackageName)).noneMatch(name -> name.startsWith("dev.sivi4j.arch"));
  }

  /** Core's compiled main classes, wherever the build put them; scanning no jar on the classpath. */
  static final class CoreMainClasses implements LocationProvider {
    @Override
    public Set<Location> get(Class<?> testClass) {
      return Set.of(Location.of(SiviConfig.class.getProtectionDomain().getCodeSource().getLocation()));
    }
  }
}
