/** The sealed family of sivi4j exceptions, rooted at {@link dev.sivi4j.error.SiviException}, and the checked failures that ports report to the pipeline. */
@NullMarked
package dev.sivi4j.error;

import org.jspecify.annotations.NullMarked;
