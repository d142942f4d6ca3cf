/**
 * The side-by-side load harness: one loopback server answering like the Sivi service, and raw HTTP
 * clients against sivi4j's clients on it, alternating, at several concurrencies. Its entry point is
 * {@link dev.sivi4j.benchmarks.load.LoadHarness#main(String[])}.
 */
@NullMarked
package dev.sivi4j.benchmarks.load;

import org.jspecify.annotations.NullMarked;
