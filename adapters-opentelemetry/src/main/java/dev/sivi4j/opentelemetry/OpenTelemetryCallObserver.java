package dev.sivi4j.opentelemetry;

import static dev.sivi4j.opentelemetry.SemanticAttributes.ERROR_TYPE;
import static dev.sivi4j.opentelemetry.SemanticAttributes.HTTP_REQUEST_BODY_SIZE;
import static dev.sivi4j.opentelemetry.SemanticAttributes.HTTP_REQUEST_RESEND_COUNT;
import static dev.sivi4j.opentelemetry.SemanticAttributes.HTTP_RESPONSE_BODY_SIZE;
import static dev.sivi4j.opentelemetry.SemanticAttributes.HTTP_RESPONSE_STATUS_CODE;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SIVI_ATTEMPTS;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SIVI_DELAY_MS;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SIVI_ENVELOPE_STATUS;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SIVI_OUTCOME;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SIVI_REASON;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SIVI_RETRY_COUNT;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SIVI_SERVER_REQUESTED;

import dev.sivi4j.spi.AttemptEnded;
import dev.sivi4j.spi.AttemptHeaders;
import dev.sivi4j.spi.AttemptStarted;
import dev.sivi4j.spi.CallEnded;
import dev.sivi4j.spi.CallObserver;
import dev.sivi4j.spi.CallOutcome;
import dev.sivi4j.spi.RateLimitWait;
import dev.sivi4j.spi.RetryScheduled;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One call: its span, the span of the attempt in flight, and their records. */
final class OpenTelemetryCallObserver implements CallObserver {
  private static final TextMapSetter<AttemptHeaders> SETTER = (headers, name, value) -> {
    if (headers != null) {
      headers.put(name, value);
    }
  };

  /** {@code sivi.outcome}'s values, by {@link CallOutcome} ordinal. */
  private static final String[] OUTCOMES =
      Arrays.stream(CallOutcome.values()).map(o -> o.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);

  private final OpenTelemetryCallListener listener;
  private final Route route;
  private final Context callContext;
  private final Span callSpan;
  private @Nullable Span attemptSpan;
  private @Nullable Context attemptContext;

  OpenTelemetryCallObserver(OpenTelemetryCallListener listener, Route route, Context callContext, Span callSpan) {
    this.listener = listener;
    this.route = route;
    this.callContext = callContext;
    this.callSpan = callSpan;
  }

  @Override
  public void attemptStarted(AttemptStarted event, AttemptHeaders headers) {
    var builder =
        listener
            .tracer()
            .spanBuilder(route.attemptSpanName)
            .setSpanKind(SpanKind.CLIENT)
            .setParent(callContext)
            .setAllAttributes(route.attemptAttributes)
            .setAttribute(HTTP_REQUEST_BODY_SIZE, event.requestBytes());
    if (event.attempt() > 1) {
      builder.setAttribute(HTTP_REQUEST_RESEND_COUNT, (long) event.attempt() - 1);
    }
    Span span = builder.startSpan();
    Context context = callContext.with(span);
    attemptSpan = span;
    attemptContext = context;
    listener.propagator().inject(context, headers, SETTER);
  }

  @Override
  public void attemptEnded(AttemptEnded event) {
    Span span = attemptSpan;
    Context context = attemptContext;
    if (span == null || context == null) {
      return;
    }
    attemptSpan = null;
    attemptContext = null;
    String errorType = errorType(event);
    if (event.httpStatus() > 0) {
      span.setAttribute(HTTP_RESPONSE_STATUS_CODE, (long) event.httpStatus());
      span.setAttribute(HTTP_RESPONSE_BODY_SIZE, event.responseBytes());
    }
    if (event.envelopeStatus() > 0) {
      span.setAttribute(SIVI_ENVELOPE_STATUS, (long) event.envelopeStatus());
    }
    if (errorType != null) {
      span.setAttribute(ERROR_TYPE, errorType);
      span.setStatus(StatusCode.ERROR);
    }
    span.end();
    Attributes measured = route.metric(event.httpStatus(), event.transportError(), errorType);
    listener.duration().record(event.duration().toNanos() / 1e9, measured, context);
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
    callSpan.setAttribute(SIVI_OUTCOME, OUTCOMES[event.outcome().ordinal()]);
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
