/** The {@code sivi} command: a demo on the embedded fake, the fake standalone, and one command per endpoint. */
@NullMarked
package dev.sivi4j.cli;

import org.jspecify.annotations.NullMarked;
