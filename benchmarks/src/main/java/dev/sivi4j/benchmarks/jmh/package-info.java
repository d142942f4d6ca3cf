/**
 * JMH benchmarks of what one sivi4j call costs without the network: the pipeline over in-memory
 * transports and the Gson codec alone, with a raw Gson baseline beside them. Run with {@code -prof gc}
 * to see the allocation per call.
 */
@NullMarked
package dev.sivi4j.benchmarks.jmh;

import org.jspecify.annotations.NullMarked;
