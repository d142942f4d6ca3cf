package dev.sivi4j.benchmarks;

import dev.sivi4j.micrometer.SiviMicrometer;
import dev.sivi4j.opentelemetry.SiviOpenTelemetry;
import dev.sivi4j.spi.CallListener;
import dev.sivi4j.spi.CallObserver;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.export.MetricReader;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * The observability set-ups the benchmarks compare: none, a listener that ignores everything, and each
 * adapter with the back end an application would run (a meter registry with an observation handler; the
 * OpenTelemetry SDK sampling every trace, batching spans and reading metrics, with exporters that drop
 * what they are given so that only sivi4j's and the SDK's own cost is measured).
 */
public enum Observability {
  /** No call listener: the pipeline makes no event. */
  NONE,
  /** A listener whose observer ignores every event. */
  NOOP,
  /** {@link SiviMicrometer#listener}. */
  MICROMETER,
  /** {@link SiviOpenTelemetry#listener}. */
  OPENTELEMETRY;

  /**
   * The listeners of this set-up.
   *
   * @return the listeners
   */
  public List<CallListener> listeners() {
    return switch (this) {
      case NONE -> List.of();
      case NOOP -> List.of(start -> CallObserver.none());
      case MICROMETER -> {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        yield List.of(SiviMicrometer.listener(observations, meters));
      }
      case OPENTELEMETRY -> List.of(SiviOpenTelemetry.listener(openTelemetry()));
    };
  }

  private static OpenTelemetrySdk openTelemetry() {
    MetricReader reader =
        PeriodicMetricReader.builder(new DroppingMetricExporter()).setInterval(Duration.ofSeconds(10)).build();
    return OpenTelemetrySdk.builder()
        .setTracerProvider(
            SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(new DroppingSpanExporter()).build()).build())
        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(reader).build())
        .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
        .build();
  }

  /** Drops every span. */
  private static final class DroppingSpanExporter implements SpanExporter {
    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
      return CompletableResultCode.ofSuccess();
    }
  }
}
