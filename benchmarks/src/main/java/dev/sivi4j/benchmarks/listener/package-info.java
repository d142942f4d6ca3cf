/**
 * What each observability set-up adds in CPU time per call, measured as CPU time rather than wall time so
 * that a busy machine slows it down without changing its answer ({@link
 * dev.sivi4j.benchmarks.listener.ListenerCpuCost}).
 */
@NullMarked
package dev.sivi4j.benchmarks.listener;

import org.jspecify.annotations.NullMarked;
