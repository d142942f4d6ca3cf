package dev.sivi4j.transport.httpclient.internal;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Marks a binding the user brought (their own HTTP client or codec), as opposed to sivi4j's default. */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
public @interface UserSupplied {}
