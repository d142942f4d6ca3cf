package dev.sivi4j.transport.vertx.internal;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Marks a binding the user brought (a Web Client or a codec), as opposed to one sivi4j creates. */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
public @interface UserSupplied {}
