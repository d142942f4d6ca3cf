/** Fakes for the pipeline and client tests: a manual clock, scripted transports and a small codec. */
@NullMarked
package dev.sivi4j.internal.fakes;

import org.jspecify.annotations.NullMarked;
