package dev.sivi4j.internal.pipeline;

import dev.sivi4j.domain.Operation;
import dev.sivi4j.error.CodecException;
import dev.sivi4j.error.ErrorContext;
import dev.sivi4j.error.SiviApiException;
import dev.sivi4j.error.SiviException;
import dev.sivi4j.error.SiviResponseException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import dev.sivi4j.error.UserNotFoundException;
import dev.sivi4j.spi.AttemptStarted;
import dev.sivi4j.spi.CallStarted;
import dev.sivi4j.spi.Envelope;
import dev.sivi4j.spi.RateLimitDecision;
import dev.sivi4j.spi.TransportRequest;
import dev.sivi4j.spi.TransportResponse;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call's state: its deadline, its attempts, and every decision between them (rate-limit queueing,
 * decoding, error mapping, retry and backoff). Written once; the drivers in {@link Pipeline} only send
 * and wait. Not thread-safe: a driver advances it one step at a time.
 */
final class Call<T> {
  private static final Logger LOG = LoggerFactory.getLogger(Call.class);

  /** Failures where nothing reached the service, or where repeating is safe because every operation is. */
  private static final Set<TransportErrorKind> RETRYABLE =
      EnumSet.of(
          TransportErrorKind.CONNECT_FAILED,
          TransportErrorKind.CONNECT_TIMEOUT,
          TransportErrorKind.CONNECTION_RESET,
          TransportErrorKind.CONNECTION_CLOSED,
          TransportErrorKind.RESPONSE_TIMEOUT);

  private final Pipeline pipeline;
  private final CallSpec<T> spec;
  private final long deadlineNanos;
  private int attempt;
  private boolean slotReserved;
  private boolean outcomeUnknownSeen;
  private final @Nullable CallEvents events;

  Call(Pipeline pipeline, CallSpec<T> spec) {
    this.pipeline = pipeline;
    this.spec = spec;
    this.deadlineNanos = pipeline.time().nanoTime() + pipeline.timeouts().wholeCall().toNanos();
    Listeners listeners = pipeline.listeners();
    this.events = listeners == null ? null : CallEvents.start(listeners, pipeline.time(), new CallStarted(
        spec.operation(), pipeline.endpoints().uri(spec.operation()), pipeline.retryPolicy().maxAttempts()));
  }

  Operation operation() {
    return spec.operation();
  }

  /** The first step. */
  Step<T> start() {
    return told(nextAttempt());
  }

  /** The step after a {@link Step.Wait} has passed. */
  Step<T> resume() {
    return told(slotReserved ? send() : nextAttempt());
  }

  /** Tells the listeners, if any, that a step ends the call. */
  private Step<T> told(Step<T> step) {
    if (events != null) {
      if (step instanceof Step.Done<T>) {
        events.callEnded(null, attempt);
      } else if (step instanceof Step.Fail<T> fail) {
        events.callEnded(fail.error(), attempt);
      }
    }
    return step;
  }

  /** The caller gave up on the call (the async driver's future was cancelled). */
  void cancelled() {
    if (events != null) {
      events.callEnded(
          Failures.transportError(context(0, 0, new byte[0]), TransportErrorKind.CANCELLED, "the call was cancelled", null),
          attempt);
    }
  }

  private Step<T> nextAttempt() {
    RateGate gate = pipeline.rateGate();
    if (gate == null) {
      return send();
    }
    long remaining = deadlineNanos - pipeline.time().nanoTime();
    return new Step.Acquire<>(gate.limiter(), gate.request(spec.operation(), Duration.ofNanos(Math.max(0, remaining))));
  }

  /** Reports the rate limiter's answer to a {@link Step.Acquire}. */
  Step<T> onDecision(RateLimitDecision decision) {
    Listeners listeners = pipeline.listeners();
    if (listeners != null) {
      listeners.rateLimitDecided(decision.fallback());
    }
    if (!decision.granted()) {
      return fail(
          TransportErrorKind.CALL_TIMEOUT,
          "the client-side rate limit queue is longer than the time left before the deadline",
          null);
    }
    if (decision.delay().isZero()) {
      return send();
    }
    slotReserved = true;
    if (events != null) {
      events.rateLimitWait(decision.delay());
    }
    return new Step.Wait<>(decision.delay());
  }

  /** Reports that the rate limiter failed to answer a {@link Step.Acquire}. */
  Step<T> onLimiterFailure(Throwable failure) {
    Throwable cause = unwrap(failure);
    return fail(
        TransportErrorKind.IO_ERROR,
        "the client-side rate limiter failed: " + pipeline.failures().detail(cause.toString()),
        cause);
  }

  private Step<T> send() {
    slotReserved = false;
    long remaining = deadlineNanos - pipeline.time().nanoTime();
    if (remaining <= 0) {
      return fail(TransportErrorKind.CALL_TIMEOUT, "the whole-call deadline passed", null);
    }
    attempt++;
    Duration perAttempt = pipeline.timeouts().perAttempt();
    Duration timeout = perAttempt.toNanos() < remaining ? perAttempt : Duration.ofNanos(remaining);
    URI uri = pipeline.endpoints().uri(spec.operation());
    return new Step.Send<>(
        new TransportRequest(
            spec.operation(),
            attempt,
            uri,
            events == null
                ? pipeline.headers()
                : events.attemptStarted(
                    new AttemptStarted(spec.operation(), attempt, uri, timeout, spec.body().length), pipeline.headers()),
            spec.body(),
            timeout,
            pipeline.config().maxResponseBytes()));
  }

  /** Reports a response, whatever its status. */
  Step<T> onResponse(TransportResponse response) {
    return told(answered(response));
  }

  private Step<T> answered(TransportResponse response) {
    int http = response.statusCode();
    Envelope<T> envelope;
    try {
      envelope = spec.decoder().decode(response.body(), http);
    } catch (CodecException | RuntimeException e) {
      if (events != null) {
        events.attemptEnded(http, 0, null, response.body().length);
      }
      // A domain value refusing what the service sent (an empty workspace id) is a malformed body
      // too; left uncaught it would be misread as a transport failure, or lost in the async driver.
      ErrorContext context = context(http, 0, response.body());
      if (http >= 200 && http < 300) {
        return new Step.Fail<>(
            new SiviResponseException(
                context, SiviResponseException.Reason.MALFORMED_BODY, pipeline.failures().detail(e.getMessage()), e));
      }
      return onApiError(pipeline.failures().apiError(context, null, retryAfter(response)));
    }
    if (events != null) {
      events.attemptEnded(http, envelope.status(), null, response.body().length);
    }
    if (envelope.isSuccess()) {
      pipeline.retryBudget().onSuccess();
      return new Step.Done<>(envelope.body());
    }
    ErrorContext context = context(http, envelope.status(), response.body());
    return onApiError(pipeline.failures().apiError(context, envelope.message(), retryAfter(response)));
  }

  private Step<T> onApiError(SiviApiException error) {
    // Only a documented not-found message makes a UserNotFoundException (Failures), so no other
    // answer ("Workspace not found", a bare 404) is ever taken for a delete that already happened.
    if (error instanceof UserNotFoundException
        && spec.operation() == Operation.DELETE_USER
        && outcomeUnknownSeen) {
      LOG.debug(
          "deleteUser: an earlier attempt's outcome was unknown and the user is now gone; "
              + "reporting success because that attempt most likely deleted it");
      pipeline.retryBudget().onSuccess();
      return new Step.Done<>(null);
    }
    Duration hint = error instanceof dev.sivi4j.error.RateLimitedException r ? r.retryAfter().orElse(null)
        : error instanceof dev.sivi4j.error.ServerErrorException s ? s.retryAfter().orElse(null)
        : null;
    RateGate gate = pipeline.rateGate();
    if (gate != null && error instanceof dev.sivi4j.error.RateLimitedException) {
      gate.onRateLimited(spec.operation(), hint);
    }
    return retryOrFail(error, Failures.isRetryable(error), hint);
  }

  /** Reports that an attempt produced no response. */
  Step<T> onFailure(Throwable failure) {
    return told(failed(failure));
  }

  private Step<T> failed(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (events != null) {
      events.attemptEnded(0, 0, cause instanceof TransportException t ? t.kind()
          : cause instanceof CancellationException ? TransportErrorKind.CANCELLED : TransportErrorKind.IO_ERROR, 0);
    }
    if (cause instanceof TransportException e) {
      TransportErrorKind kind = e.kind();
      if (kind.outcomeUnknown()) {
        outcomeUnknownSeen = true;
      }
      if (kind == TransportErrorKind.RESPONSE_TIMEOUT && pipeline.time().nanoTime() >= deadlineNanos) {
        return fail(
            TransportErrorKind.CALL_TIMEOUT,
            "the whole-call deadline passed: " + pipeline.failures().detail(e.getMessage()),
            e);
      }
      SiviException error =
          Failures.transportError(
              context(0, 0, new byte[0]), kind, pipeline.failures().detail(e.getMessage()), e.getCause());
      return retryOrFail(error, RETRYABLE.contains(kind), null);
    }
    if (cause instanceof CancellationException) {
      return fail(TransportErrorKind.CANCELLED, "the call was cancelled", cause);
    }
    return fail(
        TransportErrorKind.IO_ERROR,
        "the transport failed unexpectedly: " + pipeline.failures().detail(cause.toString()),
        cause);
  }

  private Step<T> retryOrFail(SiviException error, boolean retryable, @Nullable Duration retryAfter) {
    if (!retryable || attempt >= pipeline.retryPolicy().maxAttempts()) {
      return new Step.Fail<>(error);
    }
    Duration delay = retryAfter != null ? retryAfter : pipeline.backoff(attempt);
    if (pipeline.time().nanoTime() + delay.toNanos() >= deadlineNanos) {
      return new Step.Fail<>(error);
    }
    if (!pipeline.retryBudget().tryAcquireRetry()) {
      LOG.debug("{}: retry budget exhausted, not retrying", spec.operation().methodName());
      return new Step.Fail<>(error);
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug("{}: attempt {} failed ({}); retrying in {} ms",
          spec.operation().methodName(), attempt, error.getMessage(), delay.toMillis());
    }
    if (events != null) {
      events.retryScheduled(delay, error, retryAfter != null);
    }
    return new Step.Wait<>(delay);
  }

  private Step<T> fail(TransportErrorKind kind, String detail, @Nullable Throwable cause) {
    return new Step.Fail<>(Failures.transportError(context(0, 0, new byte[0]), kind, detail, cause));
  }

  private ErrorContext context(int http, int envelope, byte[] body) {
    return new ErrorContext(spec.operation(), http, envelope, attempt, pipeline.failures().excerpt(body));
  }

  private @Nullable Duration retryAfter(TransportResponse response) {
    return RetryAfter.parse(response.header("retry-after").orElse(null), pipeline.time().now());
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable current = failure;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
