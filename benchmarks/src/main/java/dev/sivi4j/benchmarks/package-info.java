/**
 * What the sivi4j benchmarks share: the documented wire samples every benchmark answers with.
 *
 * <p>This module is never published. It holds the JMH benchmarks ({@code dev.sivi4j.benchmarks.jmh}) and
 * the side-by-side load harness ({@code dev.sivi4j.benchmarks.load}); {@code BENCHMARKS.md} at the root
 * of the repository says how to run them and what they measured.
 */
@NullMarked
package dev.sivi4j.benchmarks;

import org.jspecify.annotations.NullMarked;
