package dev.sivi4j.opentelemetry;

import dev.sivi4j.domain.Operation;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Starts a span per call and hands each call to its {@link OpenTelemetryCallObserver}. */
final class OpenTelemetryCallListener implements CallListener {
  /** The semantic conventions' advice for {@code http.client.request.duration}, in seconds. */
  private static final List<Double> DURATION_BUCKETS =
      List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0);

  /** Enough for every operation of many clients; past it, routes are built per call rather than kept. */
  private static final int MAX_ROUTES = 256;

  private final OpenTelemetry openTelemetry;
  private final Tracer tracer;
  private final TextMapPropagator propagator;
  private final DoubleHistogram duration;
  private final Map<URI, Route> routes = new ConcurrentHashMap<>();

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
    Route route = route(event.operation(), event.uri());
    Context parent = Context.current();
    Span span =
        tracer
            .spanBuilder(route.callSpanName)
            .setSpanKind(SpanKind.CLIENT)
            .setParent(parent)
            .setAllAttributes(route.callAttributes)
            .startSpan();
    return new OpenTelemetryCallObserver(this, route, parent.with(span), span);
  }

  /** The kept route of an operation's URL; a client has one URL per operation, so the map stays small. */
  private Route route(Operation operation, URI uri) {
    Route kept = routes.get(uri);
    if (kept != null && kept.operation == operation) {
      return kept;
    }
    Route route = new Route(operation, uri);
    if (kept == null && routes.size() < MAX_ROUTES) {
      routes.putIfAbsent(uri, route);
    }
    return route;
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

  @Override
  public String toString() {
    return "SiviOpenTelemetry.listener[" + openTelemetry.getClass().getSimpleName() + "]";
  }
}
