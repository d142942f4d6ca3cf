package dev.sivi4j.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.RateLimit;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.error.CreditLimitExceededException;
import dev.sivi4j.error.RateLimitedException;
import dev.sivi4j.error.SiviTimeoutException;
import dev.sivi4j.error.SiviTransportException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.internal.fakes.Replies;
import dev.sivi4j.spi.RateLimitDecision;
import dev.sivi4j.spi.RateLimitRequest;
import dev.sivi4j.spi.SiviRateLimiter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A user's limiter behind the port: asked before every attempt on the driver's path, told of 429s. */
class CustomRateLimiterTest {
  /** Answers with scripted decisions and records who asked, on which path. */
  static final class RecordingLimiter implements SiviRateLimiter {
    final List<RateLimitRequest> blocking = new ArrayList<>();
    final List<RateLimitRequest> async = new ArrayList<>();
    final List<Optional<Duration>> rateLimited = new ArrayList<>();
    Function<RateLimitRequest, RateLimitDecision> answer = request -> RateLimitDecision.now();

    @Override
    public synchronized RateLimitDecision acquire(RateLimitRequest request) {
      blocking.add(request);
      return answer.apply(request);
    }

    @Override
    public synchronized CompletionStage<RateLimitDecision> acquireAsync(RateLimitRequest request) {
      async.add(request);
      return CompletableFuture.completedFuture(answer.apply(request));
    }

    @Override
    public synchronized void onRateLimited(RateLimitRequest request, Optional<Duration> retryAfter) {
      rateLimited.add(retryAfter);
    }

    List<RateLimitRequest> asked(Driver driver) {
      return driver == Driver.BLOCKING ? blocking : async;
    }
  }

  private final RecordingLimiter limiter = new RecordingLimiter();

  private Harness harness(Driver driver) {
    SiviConfig config = Harness.config().rateLimit(RateLimit.custom(limiter)).build();
    return new Harness(driver, config);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void asksOnTheDriversOwnPathWithTheKeysDigestAndTheTimeLeft(Driver driver) throws Exception {
    Harness harness = harness(driver).replies(Replies.ok());
    harness.run(harness.delete());

    assertThat(driver == Driver.BLOCKING ? limiter.async : limiter.blocking).isEmpty();
    RateLimitRequest request = limiter.asked(driver).get(0);
    assertThat(request.operation()).isEqualTo(Operation.DELETE_USER);
    assertThat(request.maxWait()).isEqualTo(Duration.ofSeconds(30));
    assertThat(request.defaultPerMinute()).isEqualTo(100);
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update("sivi4j-rate-limit\n".getBytes(StandardCharsets.UTF_8));
    assertThat(request.keyId())
        .isEqualTo(HexFormat.of().formatHex(sha.digest(Harness.KEY.getBytes(StandardCharsets.UTF_8))))
        .doesNotContain(Harness.KEY);
    assertThat(request.toString()).doesNotContain(Harness.KEY);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void tellsCallListenersOnceEachTimeTheLimiterSwitchesToOrFromItsFallback(Driver driver) {
    List<Boolean> switches = new java.util.concurrent.CopyOnWriteArrayList<>();
    dev.sivi4j.spi.CallListener listener =
        new dev.sivi4j.spi.CallListener() {
          @Override
          public dev.sivi4j.spi.CallObserver callStarted(dev.sivi4j.spi.CallStarted event) {
            return dev.sivi4j.spi.CallObserver.none();
          }

          @Override
          public void rateLimiterFallback(dev.sivi4j.spi.RateLimiterFallback event) {
            switches.add(event.active());
          }
        };
    java.util.Iterator<RateLimitDecision> script =
        List.of(
                RateLimitDecision.now(), RateLimitDecision.now().byFallback(), RateLimitDecision.now().byFallback(),
                RateLimitDecision.now(), RateLimitDecision.now())
            .iterator();
    limiter.answer = request -> script.next();
    SiviConfig config =
        Harness.config().rateLimit(RateLimit.custom(limiter)).addCallListener(listener).build();
    Harness harness = new Harness(driver, config).replies(Replies.ok(), Replies.ok(), Replies.ok(), Replies.ok(), Replies.ok());

    for (int i = 0; i < 5; i++) {
      harness.run(harness.delete());
    }

    assertThat(switches).containsExactly(true, false);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void waitsAsToldBeforeSending(Driver driver) {
    limiter.answer = request -> RateLimitDecision.after(Duration.ofMillis(1500));
    Harness harness = harness(driver).replies(Replies.ok());
    harness.run(harness.delete());

    assertThat(harness.waits()).containsExactly(Duration.ofMillis(1500));
    assertThat(harness.requests()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void aRefusalFailsFastWithACallTimeoutAndSendsNothing(Driver driver) {
    limiter.answer = request -> RateLimitDecision.refused();
    Harness harness = harness(driver).replies(Replies.ok());

    SiviTimeoutException error = harness.failure(SiviTimeoutException.class, harness.delete());

    assertThat(error.kind()).isEqualTo(TransportErrorKind.CALL_TIMEOUT);
    assertThat(harness.requests()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void aFailingLimiterFailsTheCallWithATypedError(Driver driver) {
    limiter.answer = request -> {
      throw new IllegalStateException("store unreachable");
    };
    Harness harness = harness(driver).replies(Replies.ok());

    SiviTransportException error = harness.failure(SiviTransportException.class, harness.delete());

    assertThat(error.kind()).isEqualTo(TransportErrorKind.IO_ERROR);
    assertThat(error).hasMessageContaining("rate limiter failed").hasMessageContaining("store unreachable");
    assertThat(harness.requests()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void everyRetryAsksAgainAndTheRemainingTimeShrinks(Driver driver) {
    Harness harness = harness(driver).replies(Replies.error(503, "busy"), Replies.ok());
    harness.run(harness.delete());

    List<RateLimitRequest> asked = limiter.asked(driver);
    assertThat(asked).hasSize(2);
    assertThat(asked.get(1).maxWait()).isLessThan(asked.get(0).maxWait());
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void aRateLimitedAnswerIsReportedWithItsRetryAfter(Driver driver) {
    Harness harness =
        harness(driver)
            .replies(
                Replies.status(429, "{\"status\":429,\"body\":\"Rate limit exceeded. Please try again later.\"}", Map.of("retry-after", "2")),
                Replies.ok());
    harness.run(harness.delete());

    assertThat(limiter.rateLimited).containsExactly(Optional.of(Duration.ofSeconds(2)));
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void anUnrelievedRateLimitIsReportedOncePerAnswer(Driver driver) {
    Harness harness = harness(driver);
    harness.script.repeat(3, Replies.error(429, "Rate limit exceeded. Please try again later."));
    harness.failure(RateLimitedException.class, harness.delete());

    assertThat(limiter.rateLimited).containsExactly(Optional.empty(), Optional.empty(), Optional.empty());
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void creditExhaustionIsNotARateLimit(Driver driver) {
    Harness harness = harness(driver).replies(Replies.error(429, "Insufficient credit limit"));
    harness.failure(CreditLimitExceededException.class, harness.setCreditLimit());

    assertThat(limiter.rateLimited).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void theInJvmLimiterBacksOffAfterARateLimitedAnswer(Driver driver) {
    SiviConfig config = Harness.config().rateLimit(RateLimit.perMinute(60)).build();
    Harness harness = new Harness(driver, config, () -> 0.0, new dev.sivi4j.internal.fakes.FakeCodec())
        .replies(Replies.error(429, "Rate limit exceeded. Please try again later."), Replies.ok());
    harness.run(harness.delete());

    // Zero jitter: the retry's only wait is the emptied bucket's next slot, a second away.
    assertThat(harness.waits()).containsExactly(Duration.ZERO, Duration.ofSeconds(1));
  }
}
