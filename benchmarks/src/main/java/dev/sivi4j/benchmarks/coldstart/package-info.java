/**
 * The cold-start benchmark: fresh JVMs that create sivi4j's Vert.x client and make its first calls on
 * an event loop, with Vert.x's blocked-thread checker at 100 ms, counting its warnings. The entry point
 * is {@link dev.sivi4j.benchmarks.coldstart.ColdStartDriver#main(String[])}.
 */
@NullMarked
package dev.sivi4j.benchmarks.coldstart;

import org.jspecify.annotations.NullMarked;
