/**
 * A blocking service on {@link dev.sivi4j.SiviClient}: {@link
 * dev.sivi4j.examples.blocking.UserProvisioner} gives an end user a Sivi session, and {@link
 * dev.sivi4j.examples.blocking.ProvisionUser} runs it against the real service.
 */
@NullMarked
package dev.sivi4j.examples.blocking;

import org.jspecify.annotations.NullMarked;
