/**
 * A faithful fake of the Sivi service for tests: {@link dev.sivi4j.testkit.FakeSivi} in process or on
 * loopback, its JUnit 5 extension ({@link dev.sivi4j.testkit.junit.FakeSiviExtension}), and the contracts
 * every sivi4j transport must pass ({@link dev.sivi4j.testkit.contract}).
 *
 * @uses dev.sivi4j.spi.BlockingCallGuard so that the blocking view of an async client, like sivi4j's
 *     blocking clients, refuses to wait on a thread that must not block
 */
module dev.sivi4j.testkit {
  requires transitive dev.sivi4j.core;
  // JUnit is the user's (5.10 to 6), needed only by the extension and the contracts; a program that runs
  // just the fake (the sivi command) leaves it out.
  requires static org.junit.jupiter.api;
  requires transitive org.slf4j;
  requires dev.sivi4j.json.gson;
  requires com.google.gson;
  requires static org.junit.platform.commons;
  // Only the contracts assert, and they run where AssertJ is; a program that runs just the fake (the sivi
  // command) may leave it out.
  requires static org.assertj.core;
  requires java.logging;

  exports dev.sivi4j.testkit;
  exports dev.sivi4j.testkit.contract;
  exports dev.sivi4j.testkit.junit;

  // The contracts' inherited test methods are package-private: JUnit calls them reflectively.
  opens dev.sivi4j.testkit.contract to org.junit.platform.commons;

  uses dev.sivi4j.spi.BlockingCallGuard;
}
