/**
 * A faithful fake of the Sivi service for tests: {@link dev.sivi4j.testkit.FakeSivi} in process or on
 * loopback and its JUnit extension ({@link dev.sivi4j.testkit.junit.FakeSiviExtension}). The contracts a
 * transport must pass are a module of their own, {@code dev.sivi4j.testkit.tck} (artifact
 * {@code sivi4j-testkit-tck}).
 */
module dev.sivi4j.testkit {
  requires transitive dev.sivi4j.core;
  // JUnit is the user's (5.10 to 6), needed only by the extension; a program that runs just the fake (the
  // sivi command) leaves it out.
  requires static org.junit.jupiter.api;
  requires static org.junit.platform.commons;
  requires dev.sivi4j.json.gson;
  requires com.google.gson;

  exports dev.sivi4j.testkit;
  exports dev.sivi4j.testkit.junit;

  // The transport contracts script exact replies on the fake's loopback HTTP server.
  exports dev.sivi4j.testkit.internal.http to
      dev.sivi4j.testkit.tck;
}
