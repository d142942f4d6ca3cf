/**
 * JUnit 5 support: {@link dev.sivi4j.testkit.junit.FakeSiviTest} on a test class gives its tests a fresh
 * {@link dev.sivi4j.testkit.FakeSivi}, its server and ready clients as parameters.
 */
@NullMarked
package dev.sivi4j.testkit.junit;

import org.jspecify.annotations.NullMarked;
