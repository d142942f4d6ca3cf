/**
 * sivi4j for Spring Boot: {@link dev.sivi4j.spring.SiviAutoConfiguration} configures sivi4j clients from
 * the {@code sivi.*} properties ({@link dev.sivi4j.SiviConfig} from {@link dev.sivi4j.spring.SiviProperties}).
 * A missing or malformed property fails start-up with a message naming it, never showing the key.
 */
@NullMarked
package dev.sivi4j.spring;

import org.jspecify.annotations.NullMarked;
