/**
 * Outbound ports: transports, the JSON codec, time, and the call listener that carries events to metrics
 * and tracing. Implement these to plug sivi4j into another HTTP stack, JSON library or observability tool.
 */
@NullMarked
package dev.sivi4j.spi;

import org.jspecify.annotations.NullMarked;
