package dev.sivi4j.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.error.CreditLimitExceededException;
import dev.sivi4j.error.SiviTimeoutException;
import dev.sivi4j.error.SiviTransportException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import dev.sivi4j.testkit.Fault;
import dev.sivi4j.testkit.FaultRule;
import dev.sivi4j.testkit.RecordedRequest;
import dev.sivi4j.testkit.tck.Canary;
import dev.sivi4j.transport.vertx.SiviVertx;
import dev.sivi4j.transport.vertx.VertxSiviClient;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Spans, trace context and the duration histogram of real calls on both transports against the fake. */
class SiviOpenTelemetryTest {
  private static final AbstractUserId USER = AbstractUserId.of("user-otel-1");

  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  private OpenTelemetrySdk otel;
  private FakeSivi fake;
  private FakeAccount account;
  private FakeSiviServer server;

  @BeforeEach
  void start() throws Exception {
    otel =
        OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
    fake = FakeSivi.create();
    account = fake.createAccount(dev.sivi4j.testkit.AccountSpec.of(FakeKeyKind.SUPER_USER).withSecret(Canary.SUPER_USER_SECRET));
    server = fake.startServer();
  }

  @AfterEach
  void stop() {
    server.close();
    otel.close();
    assertNoCanaryAnywhere();
  }

  private SiviConfig.Builder config() {
    return server.configBuilder(account).addCallListener(SiviOpenTelemetry.listener(otel));
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aSuccessfulCallIsOneClientSpanWithOneAttemptChildUnderTheCallersSpan(Transport transport) throws Exception {
    Span parent = otel.getTracer("test").spanBuilder("request handler").startSpan();
    Object outcome;
    Scope scope = parent.makeCurrent();
    try {
      outcome = transport.login(config().build(), USER);
    } finally {
      scope.close();
      parent.end();
    }

    assertThat(outcome).isInstanceOf(UserLogin.class);
    Canary.watch(((UserLogin) outcome).tokens().accessToken());
    Canary.watch(((UserLogin) outcome).tokens().refreshToken());
    SpanData call = only("sivi loginUser");
    List<SpanData> attempts = attempts();
    assertThat(call.getKind()).isEqualTo(SpanKind.CLIENT);
    assertThat(call.getParentSpanId()).isEqualTo(parent.getSpanContext().getSpanId());
    assertThat(call.getTraceId()).isEqualTo(parent.getSpanContext().getTraceId());
    assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(call.getAttributes().get(AttributeKey.longKey("sivi.retry_count"))).isZero();
    assertThat(call.getAttributes().get(AttributeKey.stringKey("sivi.outcome"))).isEqualTo("success");
    assertThat(attempts).hasSize(1);
    SpanData attempt = attempts.get(0);
    assertThat(attempt.getKind()).isEqualTo(SpanKind.CLIENT);
    assertThat(attempt.getParentSpanId()).isEqualTo(call.getSpanId());
    assertThat(attempt.getName()).isEqualTo("POST /api/prod/v2/super/login-user");
    assertThat(attempt.getAttributes().get(AttributeKey.stringKey("http.request.method"))).isEqualTo("POST");
    assertThat(attempt.getAttributes().get(AttributeKey.stringKey("server.address"))).isEqualTo("127.0.0.1");
    assertThat(attempt.getAttributes().get(AttributeKey.longKey("server.port"))).isEqualTo(server.port());
    assertThat(attempt.getAttributes().get(AttributeKey.stringKey("url.template"))).isEqualTo("/api/prod/v2/super/login-user");
    assertThat(attempt.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(200);
    assertThat(attempt.getAttributes().get(AttributeKey.stringKey("error.type"))).isNull();
    assertThat(attempt.getAttributes().get(AttributeKey.longKey("http.request.resend_count"))).isNull();
    assertThat(traceparents()).containsExactly(traceparent(attempt));
    HistogramPointData point = durationPoints().get(0);
    assertThat(point.getCount()).isEqualTo(1);
    assertThat(point.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(200);
    assertThat(point.getAttributes().get(AttributeKey.stringKey("http.request.method"))).isEqualTo("POST");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aRetried503IsTwoAttemptSpansEachWithItsOwnTraceparent(Transport transport) throws Exception {
    fake.faults().inject(FaultRule.of(Fault.status(503)).once());

    assertThat(transport.login(config().build(), USER)).isInstanceOf(UserLogin.class);

    SpanData call = only("sivi loginUser");
    List<SpanData> attempts = attempts();
    assertThat(attempts).hasSize(2).allSatisfy(a -> assertThat(a.getParentSpanId()).isEqualTo(call.getSpanId()));
    assertThat(attempts.get(0).getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(503);
    assertThat(attempts.get(0).getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("503");
    assertThat(attempts.get(0).getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(attempts.get(1).getAttributes().get(AttributeKey.longKey("http.request.resend_count"))).isEqualTo(1);
    assertThat(attempts.get(1).getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(call.getAttributes().get(AttributeKey.longKey("sivi.retry_count"))).isEqualTo(1);
    assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(call.getEvents()).extracting(e -> e.getName()).containsExactly("sivi.retry");
    assertThat(call.getEvents().get(0).getAttributes().get(AttributeKey.stringKey("sivi.reason"))).isEqualTo("503");
    assertThat(traceparents()).containsExactly(traceparent(attempts.get(0)), traceparent(attempts.get(1)));
    assertThat(durationPoints()).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anUnretried429CreditsFailsTheCallSpanWithTheExceptionType(Transport transport) throws Exception {
    fake.faults().inject(FaultRule.of(Fault.status(429, "Insufficient credit limit")).once());

    assertThat(transport.login(config().build(), USER)).isInstanceOf(CreditLimitExceededException.class);

    SpanData call = only("sivi loginUser");
    assertThat(attempts()).hasSize(1);
    assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(call.getAttributes().get(AttributeKey.stringKey("error.type")))
        .isEqualTo(CreditLimitExceededException.class.getName());
    assertThat(call.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(429);
    assertThat(attempts().get(0).getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("429");
    assertThat(call.getEvents()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aTimeoutEndsTheAttemptWithItsKindAndTheCallAsATimeout(Transport transport) throws Exception {
    fake.faults().inject(FaultRule.of(Fault.stallBeforeHeaders()).always());
    SiviConfig config =
        config()
            .timeouts(Timeouts.defaults().withPerAttempt(Duration.ofMillis(200)).withWholeCall(Duration.ofSeconds(5)))
            .retryPolicy(FakeSiviServer.FAST_RETRIES.withMaxAttempts(1))
            .build();

    assertThat(transport.login(config, USER)).isInstanceOf(SiviTimeoutException.class);

    SpanData call = only("sivi loginUser");
    SpanData attempt = attempts().get(0);
    assertThat(attempt.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("RESPONSE_TIMEOUT");
    assertThat(attempt.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isNull();
    assertThat(call.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo(SiviTimeoutException.class.getName());
    assertThat(call.getAttributes().get(AttributeKey.stringKey("sivi.outcome"))).isEqualTo("timeout");
    assertThat(durationPoints().get(0).getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("RESPONSE_TIMEOUT");
  }

  @Test
  void aCancelledVertxCallEndsBothItsSpans() throws Exception {
    fake.faults().inject(FaultRule.of(Fault.stallBeforeHeaders()).always());
    try (VertxSiviClient client = SiviVertx.create(Transport.vertx(), config().build())) {
      CompletableFuture<UserLogin> call = client.asAsyncClient().loginUser(LoginUserRequest.of(USER)).toCompletableFuture();
      assertThat(fake.journal().takeRequest(Duration.ofSeconds(5))).isPresent();

      assertThat(call.cancel(true)).isTrue();
    }

    SpanData callSpan = only("sivi loginUser");
    SpanData attempt = attempts().get(0);
    assertThat(callSpan.hasEnded()).isTrue();
    assertThat(callSpan.getAttributes().get(AttributeKey.stringKey("sivi.outcome"))).isEqualTo("cancelled");
    assertThat(callSpan.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo(SiviTransportException.class.getName());
    assertThat(attempt.hasEnded()).isTrue();
    assertThat(attempt.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo(TransportErrorKind.CANCELLED.name());
  }

  @Test
  void withoutACurrentSpanTheCallStartsItsOwnTrace() throws Exception {
    assertThat(Transport.HTTPCLIENT.login(config().build(), USER)).isInstanceOf(UserLogin.class);

    SpanData call = only("sivi loginUser");
    assertThat(call.getParentSpanContext().isValid()).isFalse();
    assertThat(attempts().get(0).getTraceId()).isEqualTo(call.getTraceId());
  }

  private SpanData only(String name) {
    List<SpanData> found = spans.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).toList();
    assertThat(found).as("spans named " + name).hasSize(1);
    return found.get(0);
  }

  private List<SpanData> attempts() {
    return spans.getFinishedSpanItems().stream()
        .filter(s -> s.getName().startsWith("POST "))
        .sorted(Comparator.comparingLong(SpanData::getStartEpochNanos))
        .toList();
  }

  private List<String> traceparents() {
    return fake.journal().requests().stream().map(r -> r.header("traceparent").orElse("(none)")).toList();
  }

  private static String traceparent(SpanData span) {
    return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getSpanContext().getTraceFlags().asHex();
  }

  private List<HistogramPointData> durationPoints() {
    return metrics.collectAllMetrics().stream()
        .filter(m -> m.getName().equals("http.client.request.duration"))
        .map(MetricData::getHistogramData)
        .flatMap(h -> h.getPoints().stream())
        .toList();
  }

  private void assertNoCanaryAnywhere() {
    for (SpanData span : spans.getFinishedSpanItems()) {
      Canary.scan("span " + span.getName(), span.toString());
    }
    for (MetricData metric : metrics.collectAllMetrics()) {
      Canary.scan("metric " + metric.getName(), metric.toString());
    }
    for (RecordedRequest request : fake.journal().requests()) {
      Canary.scan("journal headers", request.headers().toString());
    }
    assertThat(Canary.leaks()).isEmpty();
  }

  @org.junit.jupiter.api.AfterAll
  static void closeVertx() throws Exception {
    Transport.vertx().close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }
}
