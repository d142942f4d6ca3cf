/** Failures inside the testkit that never leave it. Internal: no compatibility promise. */
@NullMarked
package dev.sivi4j.testkit.internal.error;

import org.jspecify.annotations.NullMarked;
