/**
 * Spring tests on the fake Sivi service: {@link dev.sivi4j.spring.test.AutoConfigureFakeSivi}. Needs
 * {@code sivi4j-testkit} and {@code spring-test} on the test class path.
 */
@NullMarked
package dev.sivi4j.spring.test;

import org.jspecify.annotations.NullMarked;
