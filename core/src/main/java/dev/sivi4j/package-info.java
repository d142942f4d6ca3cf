/** The sivi4j entry points: the client ports {@link dev.sivi4j.SiviClient} and {@link dev.sivi4j.SiviAsyncClient}, and their configuration. */
@NullMarked
package dev.sivi4j;

import org.jspecify.annotations.NullMarked;
