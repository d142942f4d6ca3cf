package dev.sivi4j.opentelemetry;

import static dev.sivi4j.opentelemetry.SemanticAttributes.HTTP_REQUEST_METHOD;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SERVER_ADDRESS;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SERVER_PORT;
import static dev.sivi4j.opentelemetry.SemanticAttributes.SIVI_OPERATION;
import static dev.sivi4j.opentelemetry.SemanticAttributes.URL_TEMPLATE;

import dev.sivi4j.spi.CallListener;
import dev.sivi4j.spi.CallObserver;
import dev.sivi4j.spi.CallStarted;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.net.URI;
import java.util.List;

/** Starts a span per call and hands each call to its {@link OpenTelemetryCallObserver}. */
final class OpenTelemetryCallListener implements CallListener {
  /** The semantic conventions' advice for {@code http.client.request.duration}, in seconds. */
  private static final List<Double> DURATION_BUCKETS =
      List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0);

  private final OpenTelemetry openTelemetry;
  private final Tracer tracer;
  private final TextMapPropagator propagator;
  private final DoubleHistogram duration;

  OpenTelemetryCallListener(OpenTelemetry openTelemetry) {
    this.openTelemetry = openTelemetry;
    this.tracer = openTelemetry.getTracer(SiviOpenTelemetry.INSTRUMENTATION_SCOPE);
    this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    this.duration =
        openTelemetry
            .getMeter(SiviOpenTelemetry.INSTRUMENTATION_SCOPE)
            .histogramBuilder("http.client.request.duration")
            .setUnit("s")
            .setDescription("Duration of HTTP client requests.")
            .setExplicitBucketBoundariesAdvice(DURATION_BUCKETS)
            .build();
  }

  @Override
  public CallObserver callStarted(CallStarted event) {
    Context parent = Context.current();
    URI uri = event.uri();
    Span span =
        tracer
            .spanBuilder("sivi " + event.operation().methodName())
            .setSpanKind(SpanKind.CLIENT)
            .setParent(parent)
            .setAttribute(SIVI_OPERATION, event.operation().methodName())
            .setAttribute(HTTP_REQUEST_METHOD, "POST")
            .setAttribute(SERVER_ADDRESS, host(uri))
            .setAttribute(SERVER_PORT, port(uri))
            .setAttribute(URL_TEMPLATE, path(uri))
            .startSpan();
    return new OpenTelemetryCallObserver(this, parent.with(span), span);
  }

  Tracer tracer() {
    return tracer;
  }

  TextMapPropagator propagator() {
    return propagator;
  }

  DoubleHistogram duration() {
    return duration;
  }

  static String host(URI uri) {
    return String.valueOf(uri.getHost());
  }

  static long port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
  }

  static String path(URI uri) {
    return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
  }

  @Override
  public String toString() {
    return "SiviOpenTelemetry.listener[" + openTelemetry.getClass().getSimpleName() + "]";
  }
}
