/**
 * sivi4j's calls in OpenTelemetry: {@link dev.sivi4j.opentelemetry.SiviOpenTelemetry#listener} turns the
 * call listener port's events into spans per call and attempt, W3C trace context on every attempt, and
 * the {@code http.client.request.duration} histogram.
 */
@NullMarked
package dev.sivi4j.opentelemetry;

import org.jspecify.annotations.NullMarked;
