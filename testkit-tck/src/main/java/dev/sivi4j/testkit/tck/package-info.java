/**
 * Contract tests every sivi4j transport must pass, shipped for anyone who writes one.
 *
 * <p>Each contract is an abstract JUnit 5 class. Implement {@link
 * dev.sivi4j.testkit.tck.TransportUnderTest} once for your transport (its clients and the
 * connection-leak check), extend each contract with a package-private {@code *Test} class (or a
 * {@code @Nested} class) whose constructor passes a fresh instance, and the inherited tests run your
 * transport against real loopback servers ({@code 127.0.0.1} only):
 *
 * <ul>
 *   <li>{@link dev.sivi4j.testkit.tck.OperationsContract}: every operation on the wire;
 *   <li>{@link dev.sivi4j.testkit.tck.ApiErrorsContract}: every documented error and its retries;
 *   <li>{@link dev.sivi4j.testkit.tck.LimitsContract}: body cap, timeouts, refusal, closing;
 *   <li>the fault matrix, faults F1 to F22 of the reliability reference, one test per fault:
 *       {@link dev.sivi4j.testkit.tck.NetworkFaultsContract} (F1 to F9), {@link
 *       dev.sivi4j.testkit.tck.ResponseFaultsContract} (F10 to F15, F18, F19), {@link
 *       dev.sivi4j.testkit.tck.TlsAndRoutingFaultsContract} (F16, F17, F20) and {@link
 *       dev.sivi4j.testkit.tck.LoadFaultsContract} (F21, F22).
 * </ul>
 *
 * <p>Every key the contracts send is a {@link dev.sivi4j.testkit.tck.Canary} key, and every
 * exception they see is scanned for it, so a suite that also captures its logs (see {@link
 * dev.sivi4j.testkit.tck.CanarySlf4jProvider} and {@link
 * dev.sivi4j.testkit.tck.Canary#captureJulLogs()}) proves the key never leaks. An async transport
 * can run the same contracts through {@link dev.sivi4j.testkit.tck.BlockingView}.
 */
@NullMarked
package dev.sivi4j.testkit.tck;

import org.jspecify.annotations.NullMarked;
