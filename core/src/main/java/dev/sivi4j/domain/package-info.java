/** Immutable, validated values of the Sivi domain: users, logins, credit limits, brands, usage and exports. */
@NullMarked
package dev.sivi4j.domain;

import org.jspecify.annotations.NullMarked;
