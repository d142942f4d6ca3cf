package dev.sivi4j.testkit.tck.arch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.sivi4j.arch.ArchitectureRules;
import dev.sivi4j.testkit.tck.ToStringSweep;
import dev.sivi4j.testkit.tck.TransportUnderTest;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Opens;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The TCK's module descriptor, read from the built classes (the tests run on the class path): one
 * package, exported to all and opened to JUnit only, and JUnit read statically, the suite's own.
 */
class ModuleDescriptorTest {
  private static ModuleDescriptor descriptor() throws URISyntaxException {
    Path classes = Path.of(TransportUnderTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return ModuleFinder.of(classes).find("dev.sivi4j.testkit.tck").orElseThrow().descriptor();
  }

  @Test
  void exportsItsOnePackageToAllAndOpensItToJunitOnly() throws URISyntaxException {
    ModuleDescriptor tck = descriptor();

    assertThat(tck.name()).isEqualTo("dev.sivi4j.testkit.tck");
    assertThat(tck.packages()).containsExactly("dev.sivi4j.testkit.tck");
    assertThat(tck.exports()).extracting(Exports::source, Exports::isQualified)
        .containsExactly(tuple("dev.sivi4j.testkit.tck", false));
    assertThat(tck.opens()).extracting(Opens::source, Opens::targets)
        .containsExactly(tuple("dev.sivi4j.testkit.tck", Set.of("org.junit.platform.commons")));
  }

  @Test
  void readsJunitStaticallyAndTheTestkitTransitively() throws URISyntaxException {
    Set<String> staticallyRead = descriptor().requires().stream()
        .filter(r -> r.modifiers().contains(Requires.Modifier.STATIC))
        .map(Requires::name)
        .collect(Collectors.toSet());
    Set<String> transitivelyRead = descriptor().requires().stream()
        .filter(r -> r.modifiers().contains(Requires.Modifier.TRANSITIVE))
        .map(Requires::name)
        .collect(Collectors.toSet());

    assertThat(staticallyRead).containsExactlyInAnyOrder("org.junit.jupiter.api", "org.junit.platform.commons");
    assertThat(transitivelyRead).contains("dev.sivi4j.core", "dev.sivi4j.testkit");
  }

  /** The shared architecture rule lets exactly this class read core's internals; it must not go stale. */
  @Test
  void isTheSweepTheSharedRuleExempts() {
    assertThat(ToStringSweep.class.getName()).isEqualTo(ArchitectureRules.TOSTRING_SWEEP);
  }
}
