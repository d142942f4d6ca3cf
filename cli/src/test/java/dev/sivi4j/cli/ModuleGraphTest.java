package dev.sivi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The published jars as JPMS modules. The tests of every module run on the class path, so this one takes
 * this module's runtime path (written by the build: every sivi4j module and each dependency) and the
 * transport TCK as a module path, resolves it, checks what each sivi4j module exports, and runs the demo
 * on the runtime path in a child JVM.
 */
class ModuleGraphTest {
  /** Each sivi4j module and the packages it exports to everyone. */
  private static final Map<String, Set<String>> PUBLIC_PACKAGES =
      Map.of(
          "dev.sivi4j.core", Set.of("dev.sivi4j", "dev.sivi4j.domain", "dev.sivi4j.error", "dev.sivi4j.spi"),
          "dev.sivi4j.json.gson", Set.of("dev.sivi4j.json.gson"),
          "dev.sivi4j.transport.httpclient", Set.of("dev.sivi4j.transport.httpclient"),
          "dev.sivi4j.transport.vertx", Set.of("dev.sivi4j.transport.vertx"),
          "dev.sivi4j.testkit", Set.of("dev.sivi4j.testkit", "dev.sivi4j.testkit.junit"),
          "dev.sivi4j.testkit.tck", Set.of("dev.sivi4j.testkit.tck"),
          "dev.sivi4j.cli", Set.of());

  private static final String BLOCKING_CALL_GUARD = "dev.sivi4j.spi.BlockingCallGuard";

  @Test
  void resolvesEverySivi4jModuleFromItsDescriptor() {
    Configuration graph = resolve();

    for (String name : PUBLIC_PACKAGES.keySet()) {
      ResolvedModule module = graph.findModule(name).orElseThrow();
      assertThat(module.reference().descriptor().isAutomatic()).as("%s is automatic", name).isFalse();
    }
    assertThat(reads(graph, "dev.sivi4j.core")).contains("org.jspecify", "org.slf4j").doesNotContain("dagger");
    // requires transitive: whoever reads a transport reads core and the library its API names.
    assertThat(reads(graph, "dev.sivi4j.cli"))
        .contains("dev.sivi4j.core", "org.apache.httpcomponents.client5.httpclient5", "io.vertx.core")
        // The testkit reads JUnit statically and AssertJ not at all: a program that runs just the fake
        // resolves without them.
        .doesNotContain("org.junit.jupiter.api", "org.assertj.core");
  }

  @Test
  void exportsPublicPackagesToAllAndInternalOnesOnlyToSivi4jModules() {
    for (Map.Entry<String, Set<String>> entry : PUBLIC_PACKAGES.entrySet()) {
      ModuleDescriptor descriptor = resolve().findModule(entry.getKey()).orElseThrow().reference().descriptor();
      Set<String> unqualified =
          descriptor.exports().stream().filter(e -> !e.isQualified()).map(Exports::source).collect(Collectors.toSet());

      assertThat(unqualified).as("unqualified exports of %s", entry.getKey()).isEqualTo(entry.getValue());
      if (!entry.getKey().equals("dev.sivi4j.cli")) {
        assertThat(descriptor.packages().stream().filter(p -> !p.contains(".internal")))
            .as("packages of %s outside internal", entry.getKey())
            .containsExactlyInAnyOrderElementsOf(entry.getValue());
      }
      assertThat(descriptor.isOpen()).isFalse();
      for (Exports export : descriptor.exports()) {
        if (export.isQualified()) {
          assertThat(export.source()).as("qualified export of %s", entry.getKey()).contains(".internal");
          assertThat(export.targets()).as("targets of %s", export.source()).isSubsetOf(PUBLIC_PACKAGES.keySet());
        }
      }
      assertThat(descriptor.opens()).allSatisfy(open -> assertThat(open.isQualified()).isTrue());
    }
  }

  @Test
  void declaresTheBlockingCallGuardServiceOnBothSides() {
    Configuration graph = resolve();

    assertThat(descriptor(graph, "dev.sivi4j.core").uses()).contains(BLOCKING_CALL_GUARD);
    assertThat(descriptor(graph, "dev.sivi4j.testkit.tck").uses()).contains(BLOCKING_CALL_GUARD);
    assertThat(descriptor(graph, "dev.sivi4j.transport.vertx").provides())
        .anySatisfy(p -> {
          assertThat(p.service()).isEqualTo(BLOCKING_CALL_GUARD);
          assertThat(p.providers()).containsExactly("dev.sivi4j.transport.vertx.internal.EventLoopGuard");
        });
  }

  @Test
  void runsTheDemoOnTheModulePath() throws Exception {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-Xshare:auto", "--module-path", modulePathString(),
            "--module", "dev.sivi4j.cli/dev.sivi4j.cli.SiviCommand", "demo");
    Path out = Files.createTempFile("sivi4j-module-demo", ".out");
    Path err = Files.createTempFile("sivi4j-module-demo", ".err");
    try {
      Process process =
          new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      boolean exited = process.waitFor(2, TimeUnit.MINUTES);
      if (!exited) {
        process.destroyForcibly();
      }
      String stderr = Files.readString(err, StandardCharsets.UTF_8);

      assertThat(exited).as("the demo ended").isTrue();
      assertThat(process.exitValue()).as(stderr).isZero();
      assertThat(Files.readString(out, StandardCharsets.UTF_8))
          .contains("Blocking client", "Non-blocking client")
          .contains("Done: both clients walked an end user through every operation.");
      assertThat(stderr).isEmpty();
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** The runtime path and, beside it, the transport TCK, which a test suite adds. */
  private static Configuration resolve() {
    List<Path> path = modulePath();
    path.addAll(read(System.getProperty("sivi4j.tckModulePathFile")));
    ModuleFinder finder = ModuleFinder.of(path.toArray(Path[]::new));
    return ModuleLayer.boot().configuration().resolveAndBind(finder, ModuleFinder.of(), PUBLIC_PACKAGES.keySet());
  }

  private static ModuleDescriptor descriptor(Configuration graph, String name) {
    return graph.findModule(name).orElseThrow().reference().descriptor();
  }

  private static Set<String> reads(Configuration graph, String name) {
    return graph.findModule(name).orElseThrow().reads().stream().map(ResolvedModule::name).collect(Collectors.toSet());
  }

  /** This module's classes, then its runtime dependencies: the sivi4j modules and the libraries. */
  private static List<Path> modulePath() {
    List<Path> path = new ArrayList<>();
    path.add(Paths.get(System.getProperty("sivi4j.cliClasses")));
    path.addAll(read(System.getProperty("sivi4j.modulePathFile")));
    return path;
  }

  private static List<Path> read(String pathFile) {
    List<Path> path = new ArrayList<>();
    try {
      String written = Files.readString(Paths.get(pathFile), StandardCharsets.UTF_8);
      for (String entry : written.strip().split(File.pathSeparator)) {
        path.add(Paths.get(entry));
      }
    } catch (IOException e) {
      throw new IllegalStateException("the build writes the module path before the tests run", e);
    }
    return path;
  }

  static String modulePathString() {
    return modulePath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }
}
