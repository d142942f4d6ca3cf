/**
 * The fake Sivi service's semantics: accounts, users, credits, usage, analysis, export, rate limits and
 * routing. Transport-free: it takes a request's path, key and body and returns a status and an envelope.
 * Not part of the testkit's API.
 */
@NullMarked
package dev.sivi4j.testkit.internal.engine;

import org.jspecify.annotations.NullMarked;
