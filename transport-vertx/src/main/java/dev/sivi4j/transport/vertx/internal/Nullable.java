package dev.sivi4j.transport.vertx.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tells Dagger that a {@code @BindsInstance} parameter may be null: a user-supplied part the user did
 * not supply. Dagger recognizes declaration annotations named {@code Nullable}, not JSpecify's type-use
 * one, so the component's factory carries both.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Nullable {}
