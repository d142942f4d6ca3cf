/**
 * The transport TCK: the contracts every sivi4j transport must pass, as abstract JUnit classes a
 * transport's test suite extends ({@link dev.sivi4j.testkit.tck}). They run the transport, assembled
 * through {@link dev.sivi4j.SiviClients}, against the testkit's fake and against scripted loopback servers.
 *
 * @uses dev.sivi4j.spi.BlockingCallGuard so that the blocking view of an async client, like sivi4j's
 *     blocking clients, refuses to wait on a thread that must not block
 */
module dev.sivi4j.testkit.tck {
  requires transitive dev.sivi4j.core;
  requires transitive dev.sivi4j.testkit;
  // The suite's own JUnit (5.10 to 6) runs the contracts.
  requires static transitive org.junit.jupiter.api;
  requires static org.junit.platform.commons;
  requires transitive org.slf4j;
  requires org.assertj.core;
  requires dev.sivi4j.json.gson;
  requires com.google.gson;
  requires java.logging;

  exports dev.sivi4j.testkit.tck;

  // The contracts' inherited test methods are package-private: JUnit calls them reflectively.
  opens dev.sivi4j.testkit.tck to org.junit.platform.commons;

  uses dev.sivi4j.spi.BlockingCallGuard;
}
