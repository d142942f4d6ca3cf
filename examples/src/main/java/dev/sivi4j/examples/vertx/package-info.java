/**
 * The same service without blocking, on Vert.x: {@link dev.sivi4j.examples.vertx.ProvisioningVerticle}
 * serves it over HTTP with {@link dev.sivi4j.transport.vertx.VertxSiviClient}, and {@link
 * dev.sivi4j.examples.vertx.ProvisioningServer} runs it against the real service.
 */
@NullMarked
package dev.sivi4j.examples.vertx;

import org.jspecify.annotations.NullMarked;
