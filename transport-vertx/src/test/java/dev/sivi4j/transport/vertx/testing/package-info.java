/**
 * Test helpers shared through this module's test-jar: a Vert.x whose blocked-thread checker fails a test
 * on any event-loop task held past 100 ms, and the CPU sampler its reports rely on. Test code only.
 */
@NullMarked
package dev.sivi4j.transport.vertx.testing;

import org.jspecify.annotations.NullMarked;
