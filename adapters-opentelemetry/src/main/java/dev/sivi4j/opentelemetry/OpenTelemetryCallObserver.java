package dev.sivi4j.opentelemetry;

import static dev.sivi4j.opentelemetry.SemanticAttributes.ERROR_TYPE;
import static dev.sivi4j.opentelemetry.SemanticAttributes.HTTP_REQUEST_BODY_SIZE;
import static dev.sivi4j.opentelemetry.SemanticAttributes.HTTP_REQUEST_METHOD;
import static dev.sivi4j.opentelemetry.SemanticAttributes.HTTP_REQUEST_RESEND_COUNT;
import static dev.sivi4j.opentelemetry.SemanticAttributes.HTTP_RESPONSE_BODY_SIZE;
import static dev.sivi4j.opentelemetry.SemanticAttributes.HTTP_RESPONSE_STATUS_CODE;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SERVER_ADDRESS;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SERVER_PORT;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SIVI_ATTEMPTS;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SIVI_DELAY_MS;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SIVI_ENVELOPE_STATUS;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SIVI_OPERATION;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SIVI_OUTCOME;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SIVI_REASON;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SIVI_RETRY_COUNT;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SIVI_SERVER_REQUESTED;
import static dev.sivi4j.opentelemetry.SemanticAttributes.URL_FULL;
import static dev.sivi4j.opentelemetry.SemanticAttributes.URL_TEMPLATE;

import dev.sivi4j.spi.AttemptEnded;
import dev.sivi4j.spi.AttemptHeaders;
import dev.sivi4j.spi.AttemptStarted;
import dev.sivi4j.spi.CallEnded;
import dev.sivi4j.spi.CallObserver;
import dev.sivi4j.spi.CallOutcome;
import dev.sivi4j.spi.RateLimitWait;
import dev.sivi4j.spi.RetryScheduled;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One call: its span, the span of the attempt in flight, and their records. */
final class OpenTelemetryCallObserver implements CallObserver {
  private static final TextMapSetter<AttemptHeaders> SETTER = (headers, name, value) -> {
    if (headers != null) {
      headers.put(name, value);
    }
  };

  private final OpenTelemetryCallListener listener;
  private final Context callContext;
  private final Span callSpan;
  private @Nullable Span attemptSpan;
  private @Nullable Attributes attemptBase;

  OpenTelemetryCallObserver(OpenTelemetryCallListener listener, Context callContext, Span callSpan) {
    this.listener = listener;
    this.callContext = callContext;
    this.callSpan = callSpan;
  }

  @Override
  public void attemptStarted(AttemptStarted event, AttemptHeaders headers) {
    URI uri = event.uri();
    String template = OpenTelemetryCallListener.path(uri);
    Attributes base =
        Attributes.of(
            HTTP_REQUEST_METHOD, "POST",
            SERVER_ADDRESS, OpenTelemetryCallListener.host(uri),
            SERVER_PORT, OpenTelemetryCallListener.port(uri));
    var builder =
        listener
            .tracer()
            .spanBuilder("POST " + template)
            .setSpanKind(SpanKind.CLIENT)
            .setParent(callContext)
            .setAllAttributes(base)
            .setAttribute(URL_FULL, uri.toString())
            .setAttribute(URL_TEMPLATE, template)
            .setAttribute(SIVI_OPERATION, event.operation().methodName())
            .setAttribute(HTTP_REQUEST_BODY_SIZE, event.requestBytes());
    if (event.attempt() > 1) {
      builder.setAttribute(HTTP_REQUEST_RESEND_COUNT, (long) event.attempt() - 1);
    }
    Span span = builder.startSpan();
    attemptSpan = span;
    attemptBase = base;
    listener.propagator().inject(callContext.with(span), headers, SETTER);
  }

  @Override
  public void attemptEnded(AttemptEnded event) {
    Span span = attemptSpan;
    Attributes base = attemptBase;
    if (span == null || base == null) {
      return;
    }
    attemptSpan = null;
    String errorType = errorType(event);
    AttributesBuilder metric = base.toBuilder();
    if (event.httpStatus() > 0) {
      span.setAttribute(HTTP_RESPONSE_STATUS_CODE, (long) event.httpStatus());
      span.setAttribute(HTTP_RESPONSE_BODY_SIZE, event.responseBytes());
      metric.put(HTTP_RESPONSE_STATUS_CODE, (long) event.httpStatus());
    }
    if (event.envelopeStatus() > 0) {
      span.setAttribute(SIVI_ENVELOPE_STATUS, (long) event.envelopeStatus());
    }
    if (errorType != null) {
      span.setAttribute(ERROR_TYPE, errorType);
      span.setStatus(StatusCode.ERROR);
      metric.put(ERROR_TYPE, errorType);
    }
    span.end();
    listener.duration().record(event.duration().toNanos() / 1e9, metric.build(), callContext.with(span));
  }

  @Override
  public void retryScheduled(RetryScheduled event) {
    callSpan.addEvent(
        "sivi.retry",
        Attributes.of(
            SIVI_DELAY_MS, event.delay().toMillis(),
            SIVI_REASON, event.reason(),
            SIVI_SERVER_REQUESTED, event.serverRequested()));
  }

  @Override
  public void rateLimitWait(RateLimitWait event) {
    callSpan.addEvent("sivi.rate_limit.wait", Attributes.of(SIVI_DELAY_MS, event.delay().toMillis()));
  }

  @Override
  public void callEnded(CallEnded event) {
    callSpan.setAttribute(SIVI_ATTEMPTS, (long) event.attempts());
    callSpan.setAttribute(SIVI_RETRY_COUNT, (long) Math.max(0, event.attempts() - 1));
    callSpan.setAttribute(SIVI_OUTCOME, event.outcome().name().toLowerCase(Locale.ROOT));
    if (event.httpStatus() > 0) {
      callSpan.setAttribute(HTTP_RESPONSE_STATUS_CODE, (long) event.httpStatus());
    }
    Class<?> exception = event.exceptionType();
    if (event.outcome() != CallOutcome.SUCCESS && exception != null) {
      callSpan.setAttribute(ERROR_TYPE, exception.getName());
      callSpan.setStatus(StatusCode.ERROR, exception.getSimpleName());
    }
    callSpan.end();
  }

  /** The semantic conventions' {@code error.type}: the status code from 400 on, else the transport error. */
  private static @Nullable String errorType(AttemptEnded event) {
    if (event.transportError() != null) {
      return event.transportError().name();
    }
    int status = event.effectiveStatus();
    return status >= 400 ? Integer.toString(status) : null;
  }
}
