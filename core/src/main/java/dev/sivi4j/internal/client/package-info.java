/** Internal to sivi4j: no compatibility promise; do not use. */
@NullMarked
package dev.sivi4j.internal.client;

import org.jspecify.annotations.NullMarked;
