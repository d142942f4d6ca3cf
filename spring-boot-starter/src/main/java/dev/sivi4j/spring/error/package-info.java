/** The start-up failure of a {@code sivi.*} property that cannot configure a client. */
@NullMarked
package dev.sivi4j.spring.error;

import org.jspecify.annotations.NullMarked;
