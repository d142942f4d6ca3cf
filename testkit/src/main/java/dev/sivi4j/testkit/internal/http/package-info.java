/**
 * A small HTTP/1.1 server for loopback tests with socket-level fault injection.
 *
 * <p>{@link dev.sivi4j.testkit.internal.http.LoopbackHttpServer} binds {@code 127.0.0.1}, hands every parsed
 * request to an {@link dev.sivi4j.testkit.internal.http.HttpHandler} and writes the returned
 * {@link dev.sivi4j.testkit.internal.http.HttpReply}, or plays the
 * {@link dev.sivi4j.testkit.internal.http.WireFault} attached to it (latency, stall, slow or truncated body, reset,
 * close, garbage, oversized body). It uses only the JDK. This package is internal to the testkit and carries no
 * compatibility promise.
 */
@NullMarked
package dev.sivi4j.testkit.internal.http;

import org.jspecify.annotations.NullMarked;
