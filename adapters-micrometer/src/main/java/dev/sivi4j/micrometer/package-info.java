/**
 * sivi4j's calls in Micrometer: {@link dev.sivi4j.micrometer.SiviMicrometer#listener} turns the call
 * listener port's events into an observation per call, timers, counters and a gauge.
 */
@NullMarked
package dev.sivi4j.micrometer;

import org.jspecify.annotations.NullMarked;
