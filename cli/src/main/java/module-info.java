/**
 * The {@code sivi} command: a demo on the embedded fake, the fake standalone, and one command per
 * endpoint. Its entry point is {@code dev.sivi4j.cli.SiviCommand}; it exports nothing.
 */
module dev.sivi4j.cli {
  requires dev.sivi4j.transport.httpclient;
  requires dev.sivi4j.transport.vertx;
  requires dev.sivi4j.testkit;
  requires com.google.gson;
  requires info.picocli;

  // picocli reads the commands' annotated fields and builds them (all package-private) reflectively.
  opens dev.sivi4j.cli to info.picocli;
}
