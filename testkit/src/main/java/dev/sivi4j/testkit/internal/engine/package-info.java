/**
 * The fake Sivi service's semantics: accounts, users, credits, usage, analysis, export, rate limits and
 * routing. Transport-free: it takes a request's path, key and body and returns a status and an envelope.
 * It takes and returns the testkit's public values ({@link dev.sivi4j.testkit.FakeKeyKind}, {@link
 * dev.sivi4j.testkit.Usage}, {@link dev.sivi4j.testkit.CreditPool}, {@link dev.sivi4j.testkit.UserSnapshot})
 * as they are, and knows nothing else of the public package. Not part of the testkit's API.
 */
@NullMarked
package dev.sivi4j.testkit.internal.engine;

import org.jspecify.annotations.NullMarked;
