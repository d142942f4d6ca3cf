package dev.sivi4j.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.RateLimit;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.error.CreditLimitExceededException;
import dev.sivi4j.error.SiviTimeoutException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.internal.fakes.Replies;
import dev.sivi4j.spi.AttemptEnded;
import dev.sivi4j.spi.AttemptHeaders;
import dev.sivi4j.spi.AttemptStarted;
import dev.sivi4j.spi.CallEnded;
import dev.sivi4j.spi.CallListener;
import dev.sivi4j.spi.CallObserver;
import dev.sivi4j.spi.CallOutcome;
import dev.sivi4j.spi.CallStarted;
import dev.sivi4j.spi.Header;
import dev.sivi4j.spi.RateLimitWait;
import dev.sivi4j.spi.RetryScheduled;
import dev.sivi4j.spi.TransportRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the pipeline tells call listeners, identically from the blocking and the async driver. */
class CallListenerEventsTest {
  private final RecordingListener listener = new RecordingListener();

  private Harness harness(Driver driver) {
    return new Harness(driver, Harness.config().addCallListener(listener).build());
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void tellsStartAttemptsRetryAndEndOfARetriedCall(Driver driver) {
    Harness harness = harness(driver).replies(Replies.error(503, "Service Unavailable"), Replies.ok());

    harness.run(harness.setCreditLimit());

    assertThat(listener.kinds())
        .containsExactly(
            CallStarted.class, AttemptStarted.class, AttemptEnded.class, RetryScheduled.class,
            AttemptStarted.class, AttemptEnded.class, CallEnded.class);
    CallStarted started = listener.of(CallStarted.class).get(0);
    assertThat(started.operation()).isEqualTo(Operation.SET_CREDIT_LIMIT);
    assertThat(started.uri().getPath()).endsWith("/super/set-user-credit-limit");
    assertThat(started.maxAttempts()).isEqualTo(3);
    List<AttemptEnded> attempts = listener.of(AttemptEnded.class);
    assertThat(attempts).extracting(AttemptEnded::attempt).containsExactly(1, 2);
    assertThat(attempts).extracting(AttemptEnded::httpStatus).containsExactly(503, 200);
    assertThat(attempts).extracting(AttemptEnded::envelopeStatus).containsExactly(503, 200);
    assertThat(attempts.get(0).requestBytes()).isEqualTo(harness.requests().get(0).body().length).isPositive();
    assertThat(attempts.get(0).responseBytes()).isPositive();
    assertThat(attempts.get(0).transportError()).isNull();
    RetryScheduled retry = listener.of(RetryScheduled.class).get(0);
    assertThat(retry.failedAttempt()).isEqualTo(1);
    assertThat(retry.reason()).isEqualTo("503");
    assertThat(retry.delay()).isEqualTo(Duration.ofMillis(250));
    assertThat(retry.serverRequested()).isFalse();
    CallEnded ended = listener.of(CallEnded.class).get(0);
    assertThat(ended.outcome()).isEqualTo(CallOutcome.SUCCESS);
    assertThat(ended.exceptionType()).isNull();
    assertThat(ended.attempts()).isEqualTo(2);
    assertThat(ended.httpStatus()).isEqualTo(200);
    assertThat(ended.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(250));
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void tellsAnUnretriedApiErrorWithItsExceptionType(Driver driver) {
    Harness harness = harness(driver).replies(Replies.error(429, "Insufficient credit limit"));

    harness.failure(CreditLimitExceededException.class, harness.setCreditLimit());

    assertThat(listener.of(RetryScheduled.class)).isEmpty();
    CallEnded ended = listener.of(CallEnded.class).get(0);
    assertThat(ended.outcome()).isEqualTo(CallOutcome.API_ERROR);
    assertThat(ended.exceptionType()).isEqualTo(CreditLimitExceededException.class);
    assertThat(ended.attempts()).isEqualTo(1);
    assertThat(ended.httpStatus()).isEqualTo(429);
    assertThat(ended.envelopeStatus()).isEqualTo(429);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void tellsTransportFailuresOfEachAttemptAndATimeoutEnd(Driver driver) {
    Harness harness =
        harness(driver)
            .replies(
                Replies.failure(TransportErrorKind.RESPONSE_TIMEOUT),
                Replies.failure(TransportErrorKind.CONNECTION_RESET),
                Replies.failure(TransportErrorKind.RESPONSE_TIMEOUT));

    harness.failure(SiviTimeoutException.class, harness.setCreditLimit());

    assertThat(listener.of(AttemptEnded.class))
        .extracting(AttemptEnded::transportError)
        .containsExactly(
            TransportErrorKind.RESPONSE_TIMEOUT, TransportErrorKind.CONNECTION_RESET, TransportErrorKind.RESPONSE_TIMEOUT);
    assertThat(listener.of(RetryScheduled.class))
        .extracting(RetryScheduled::reason)
        .containsExactly("RESPONSE_TIMEOUT", "CONNECTION_RESET");
    CallEnded ended = listener.of(CallEnded.class).get(0);
    assertThat(ended.outcome()).isEqualTo(CallOutcome.TIMEOUT);
    assertThat(ended.transportError()).isEqualTo(TransportErrorKind.RESPONSE_TIMEOUT);
    assertThat(ended.httpStatus()).isZero();
    assertThat(ended.attempts()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void honouredRetryAfterIsToldAsServerRequested(Driver driver) {
    Harness harness =
        harness(driver).replies(Replies.status(429, "{\"status\":429,\"body\":\"Too many\"}", Map.of("retry-after", "2")), Replies.ok());

    harness.run(harness.setCreditLimit());

    RetryScheduled retry = listener.of(RetryScheduled.class).get(0);
    assertThat(retry.serverRequested()).isTrue();
    assertThat(retry.delay()).isEqualTo(Duration.ofSeconds(2));
    assertThat(retry.reason()).isEqualTo("429");
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void tellsTheRateLimitWait(Driver driver) {
    Harness harness =
        new Harness(driver, Harness.config().rateLimit(RateLimit.perMinute(60)).addCallListener(listener).build());
    for (int i = 0; i < 61; i++) {
      harness.replies(Replies.ok());
    }
    for (int i = 0; i < 61; i++) {
      harness.run(harness.setCreditLimit());
    }

    assertThat(listener.of(RateLimitWait.class)).hasSize(1);
    assertThat(listener.of(RateLimitWait.class).get(0).delay()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void sendsTheHeadersObserversAddOnEachAttempt(Driver driver) {
    Harness harness = harness(driver).replies(Replies.error(502, "Bad Gateway"), Replies.ok());

    harness.run(harness.setCreditLimit());

    assertThat(harness.requests())
        .extracting(request -> header(request, "traceparent"))
        .containsExactly("00-trace-1", "00-trace-2");
    assertThat(harness.requests().get(0).headers()).filteredOn(h -> h.name().equals("sivi-api-key")).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void refusesReservedOrBrokenHeadersWithoutBreakingTheCall(Driver driver) {
    CallListener meddler =
        start ->
            new CallObserver() {
              @Override
              public void attemptStarted(AttemptStarted event, AttemptHeaders headers) {
                headers.put("x-ok", "1");
                assertThatThrownBy(() -> headers.put("SIVI-API-KEY", "stolen")).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> headers.put("Host", "evil")).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> headers.put("x-bad", "a\r\nb: c")).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> headers.put("bad name", "v")).isInstanceOf(IllegalArgumentException.class);
                headers.put("x-ok", "2");
              }
            };
    Harness harness = new Harness(driver, Harness.config().addCallListener(meddler).build()).replies(Replies.ok());

    assertThat(harness.run(harness.setCreditLimit())).isEqualTo("Successfully done");

    TransportRequest sent = harness.requests().get(0);
    assertThat(sent.headers()).extracting(Header::name).containsExactly(
        "sivi-api-key", "Content-Type", "Accept", "User-Agent", "x-ok");
    assertThat(header(sent, "x-ok")).isEqualTo("2");
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void aCallWithoutListenersSendsTheSharedHeaderList(Driver driver) {
    Harness harness = new Harness(driver).replies(Replies.ok(), Replies.ok());

    harness.run(harness.setCreditLimit());
    harness.run(harness.setCreditLimit());

    assertThat(harness.requests().get(0).headers()).isSameAs(harness.pipeline.headers());
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void aListenerThatThrowsEverywhereChangesNoOutcome(Driver driver) {
    CallListener broken =
        start -> {
          if (start.maxAttempts() < 0) {
            return CallObserver.none();
          }
          return new CallObserver() {
            @Override
            public void attemptStarted(AttemptStarted event, AttemptHeaders headers) {
              throw new IllegalStateException("attemptStarted");
            }

            @Override
            public void attemptEnded(AttemptEnded event) {
              throw new IllegalStateException("attemptEnded");
            }

            @Override
            public void retryScheduled(RetryScheduled event) {
              throw new IllegalStateException("retryScheduled");
            }

            @Override
            public void callEnded(CallEnded event) {
              throw new IllegalStateException("callEnded");
            }
          };
        };
    CallListener throwsAtStart =
        start -> {
          throw new IllegalStateException("callStarted");
        };
    Harness harness =
        new Harness(driver, Harness.config().callListeners(List.of(throwsAtStart, broken, listener)).build())
            .replies(Replies.error(503, "Service Unavailable"), Replies.ok(), Replies.error(429, "Insufficient credit limit"));

    assertThat(harness.run(harness.setCreditLimit())).isEqualTo("Successfully done");
    harness.failure(CreditLimitExceededException.class, harness.setCreditLimit());

    assertThat(harness.requests()).hasSize(3);
    assertThat(listener.of(CallEnded.class)).extracting(CallEnded::outcome).containsExactly(CallOutcome.SUCCESS, CallOutcome.API_ERROR);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void anExportWalkTellsEachWindowAndWhetherItWasSplit(Driver driver) {
    Harness harness = harness(driver);
    dev.sivi4j.domain.ExportRequest request =
        dev.sivi4j.domain.ExportRequest.of(Harness.USER, java.time.Instant.ofEpochSecond(0), java.time.Instant.ofEpochSecond(200));
    ExportWalk walk = new ExportWalk(request, harness.pipeline);
    ExportWindow first = walk.next().orElseThrow();
    walk.accept(first, new dev.sivi4j.spi.ExportBatch(List.of(), List.of(), List.of(), true));
    ExportWindow half = walk.next().orElseThrow();
    walk.accept(half, new dev.sivi4j.spi.ExportBatch(List.of(), List.of(), List.of(), false));

    assertThat(listener.of(dev.sivi4j.spi.ExportWindowFetched.class))
        .extracting(w -> w.start().getEpochSecond(), w -> w.end().getEpochSecond(), dev.sivi4j.spi.ExportWindowFetched::split)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0L, 200L, true), org.assertj.core.groups.Tuple.tuple(0L, 100L, false));
  }

  @org.junit.jupiter.api.Test
  void cancellingDuringARetryWaitEndsTheCallOnceAsCancelled() {
    Harness harness = harness(Driver.ASYNC).replies(Replies.error(503, "Service Unavailable"), Replies.ok());
    harness.scheduler.hold();
    java.util.concurrent.CompletableFuture<String> call =
        harness.pipeline.executeAsync(
            harness.setCreditLimit(), new dev.sivi4j.internal.fakes.ScriptedAsyncTransport(harness.script, harness.scheduler));
    assertThat(harness.scheduler.held()).hasSize(1);

    assertThat(call.cancel(true)).isTrue();
    harness.scheduler.held().get(0).fire();   // a timer that fires as the call is cancelled

    assertThat(listener.of(AttemptStarted.class)).hasSize(1);
    assertThat(listener.of(AttemptEnded.class)).hasSize(1);
    assertThat(listener.of(CallEnded.class)).singleElement().satisfies(end -> {
      assertThat(end.outcome()).isEqualTo(CallOutcome.CANCELLED);
      assertThat(end.transportError()).isEqualTo(TransportErrorKind.CANCELLED);
      assertThat(end.attempts()).isEqualTo(1);
    });
    assertThat(harness.requests()).hasSize(1);
  }

  private static String header(TransportRequest request, String name) {
    return request.headers().stream().filter(h -> h.name().equals(name)).map(Header::value).findFirst().orElse(null);
  }
}
