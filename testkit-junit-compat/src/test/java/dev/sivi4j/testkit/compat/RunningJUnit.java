package dev.sivi4j.testkit.compat;

import org.junit.jupiter.api.Test;

/** The JUnit Jupiter this suite runs on, as the jar's manifest names it. */
final class RunningJUnit {
  private RunningJUnit() {}

  static String version() {
    String version = Test.class.getPackage().getImplementationVersion();
    return version == null ? "unknown" : version;
  }

  /** JUnit 5.12 resolves a per-method test instance's constructor in the test's own scope. */
  static boolean resolvesConstructorsPerTest() {
    String[] parts = version().split("\\.");
    int major = Integer.parseInt(parts[0]);
    int minor = Integer.parseInt(parts[1]);
    return major > 5 || minor >= 12;
  }
}
