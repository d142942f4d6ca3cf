/**
 * sivi4j's testkit: {@link dev.sivi4j.testkit.FakeSivi}, a fake of the Sivi service with the documented
 * semantics, reachable in-process (blocking and async transports) or over loopback HTTP ({@link
 * dev.sivi4j.testkit.FakeSiviServer}), with fault injection ({@link dev.sivi4j.testkit.Fault}), a request
 * journal ({@link dev.sivi4j.testkit.Journal}) and a controllable clock ({@link
 * dev.sivi4j.testkit.FakeClock}).
 */
@NullMarked
package dev.sivi4j.testkit;

import org.jspecify.annotations.NullMarked;
