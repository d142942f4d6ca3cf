/** A Spring Boot service on the sivi4j starter: an endpoint that provisions end users on Sivi. */
@NullMarked
package dev.sivi4j.examples.spring;

import org.jspecify.annotations.NullMarked;
