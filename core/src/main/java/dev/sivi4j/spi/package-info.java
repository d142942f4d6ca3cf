/** Outbound ports: transports, the JSON codec and time. Implement these to plug sivi4j into another HTTP stack or JSON library. */
@NullMarked
package dev.sivi4j.spi;

import org.jspecify.annotations.NullMarked;
