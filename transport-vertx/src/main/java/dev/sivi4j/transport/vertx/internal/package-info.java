/** Internal to sivi4j: no compatibility promise; do not use. */
@NullMarked
package dev.sivi4j.transport.vertx.internal;

import org.jspecify.annotations.NullMarked;
