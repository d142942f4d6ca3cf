/**
 * The non-blocking sivi4j client on the Vert.x Web Client: {@link
 * dev.sivi4j.transport.vertx.SiviVertx#create(io.vertx.core.Vertx, dev.sivi4j.SiviConfig)} returns a
 * {@link dev.sivi4j.transport.vertx.VertxSiviClient} whose calls answer with Vert.x futures. Vert.x core
 * and its Web Client are required transitively: both appear in the API.
 *
 * @provides dev.sivi4j.spi.BlockingCallGuard forbids sivi4j's blocking clients on Vert.x event loops
 */
module dev.sivi4j.transport.vertx {
  requires transitive dev.sivi4j.core;
  requires transitive io.vertx.core;
  requires transitive io.vertx.web.client;
  requires io.vertx.web.common;
  requires dev.sivi4j.json.gson;
  requires dagger;
  requires jakarta.inject;
  // Dagger marks its generated classes @javax.annotation.processing.Generated (source retention).
  requires static java.compiler;

  exports dev.sivi4j.transport.vertx;

  provides dev.sivi4j.spi.BlockingCallGuard with
      dev.sivi4j.transport.vertx.internal.EventLoopGuard;
}
