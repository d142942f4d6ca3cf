/** Internal to sivi4j: no compatibility promise; do not use. */
@NullMarked
package dev.sivi4j.internal.pipeline;

import org.jspecify.annotations.NullMarked;
