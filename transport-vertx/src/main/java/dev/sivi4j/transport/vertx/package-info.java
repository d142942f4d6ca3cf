/**
 * The non-blocking Sivi client on the Vert.x Web Client: {@link dev.sivi4j.transport.vertx.SiviVertx}
 * builds a {@link dev.sivi4j.transport.vertx.VertxSiviClient} whose methods return Vert.x futures that
 * complete on the caller's context.
 */
@NullMarked
package dev.sivi4j.transport.vertx;

import org.jspecify.annotations.NullMarked;
