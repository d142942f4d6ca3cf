package dev.sivi4j.internal.pipeline;

import dev.sivi4j.domain.Operation;
import dev.sivi4j.error.SiviApiException;
import dev.sivi4j.error.SiviException;
import dev.sivi4j.error.SiviResponseException;
import dev.sivi4j.error.SiviTimeoutException;
import dev.sivi4j.error.SiviTransportException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.spi.AttemptEnded;
import dev.sivi4j.spi.AttemptHeaders;
import dev.sivi4j.spi.AttemptStarted;
import dev.sivi4j.spi.CallEnded;
import dev.sivi4j.spi.CallObserver;
import dev.sivi4j.spi.CallOutcome;
import dev.sivi4j.spi.CallStarted;
import dev.sivi4j.spi.Header;
import dev.sivi4j.spi.RateLimitWait;
import dev.sivi4j.spi.RetryScheduled;
import dev.sivi4j.spi.TimeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * One call's events, told to each listener's observer. Exists only when a client has listeners; a call
 * without holds none. A driver advances a call one step at a time, but cancellation comes from the
 * caller's thread, so the end is told exactly once whichever side gets there first.
 */
final class CallEvents {
  /** Headers a listener may not set: sivi4j's own and those HTTP manages. */
  private static final Set<String> RESERVED =
      Set.of("sivi-api-key", "content-type", "accept", "user-agent", "host", "content-length",
          "transfer-encoding", "connection");

  private final Listeners listeners;
  private final CallObserver[] observers;
  private final TimeSource time;
  private final Operation operation;
  private final long startNanos;
  private final AtomicBoolean ended = new AtomicBoolean();
  private final AtomicBoolean attemptOpen = new AtomicBoolean();
  private int attempt;
  private long attemptStartNanos;
  private long requestBytes;
  private int httpStatus;
  private int envelopeStatus;

  private CallEvents(Listeners listeners, TimeSource time, CallStarted started) {
    this.listeners = listeners;
    this.time = time;
    this.operation = started.operation();
    this.startNanos = time.nanoTime();
    this.observers = listeners.callStarted(started);
  }

  /** Starts a call's events: only for a client that has listeners. */
  static CallEvents start(Listeners listeners, TimeSource time, CallStarted started) {
    return new CallEvents(listeners, time, started);
  }

  /** An attempt starts; returns the headers to send, the observers' additions included. */
  List<Header> attemptStarted(AttemptStarted event, List<Header> headers) {
    if (ended.get()) {
      // A timer that fired as the call was being cancelled: nothing will be sent.
      return headers;
    }
    attempt = event.attempt();
    requestBytes = event.requestBytes();
    Added added = new Added();
    for (int i = 0; i < observers.length; i++) {
      try {
        observers[i].attemptStarted(event, added);
      } catch (RuntimeException e) {
        listeners.failed(i, "attemptStarted", e);
      }
    }
    attemptStartNanos = time.nanoTime();
    attemptOpen.set(true);
    if (added.headers.isEmpty()) {
      return headers;
    }
    List<Header> all = new ArrayList<>(headers.size() + added.headers.size());
    all.addAll(headers);
    all.addAll(added.headers);
    return all;
  }

  /** The attempt in flight ended. */
  void attemptEnded(int http, int envelope, @Nullable TransportErrorKind error, long responseBytes) {
    if (!ended.get() && attemptOpen.compareAndSet(true, false)) {
      tellAttemptEnded(http, envelope, error, responseBytes);
    }
  }

  private void tellAttemptEnded(int http, int envelope, @Nullable TransportErrorKind error, long responseBytes) {
    httpStatus = http;
    envelopeStatus = envelope;
    AttemptEnded event =
        new AttemptEnded(operation, attempt, http, envelope, Duration.ofNanos(time.nanoTime() - attemptStartNanos),
            error, requestBytes, responseBytes);
    for (int i = 0; i < observers.length; i++) {
      try {
        observers[i].attemptEnded(event);
      } catch (RuntimeException e) {
        listeners.failed(i, "attemptEnded", e);
      }
    }
  }

  void retryScheduled(Duration delay, SiviException error, boolean serverRequested) {
    RetryScheduled event = new RetryScheduled(operation, attempt, delay, reason(error), serverRequested);
    for (int i = 0; i < observers.length; i++) {
      try {
        observers[i].retryScheduled(event);
      } catch (RuntimeException e) {
        listeners.failed(i, "retryScheduled", e);
      }
    }
  }

  void rateLimitWait(Duration wait) {
    RateLimitWait event = new RateLimitWait(operation, wait);
    for (int i = 0; i < observers.length; i++) {
      try {
        observers[i].rateLimitWait(event);
      } catch (RuntimeException e) {
        listeners.failed(i, "rateLimitWait", e);
      }
    }
  }

  /** The call ended: with {@code error}, or in success when it is null. Told once. */
  void callEnded(@Nullable SiviException error, int attempts) {
    if (!ended.compareAndSet(false, true)) {
      return;
    }
    TransportErrorKind kind = error instanceof SiviTransportException t ? t.kind() : null;
    if (attemptOpen.compareAndSet(true, false)) {
      // The attempt in flight was abandoned: cancelled, or the deadline passed while it ran.
      tellAttemptEnded(0, 0, kind != null ? kind : TransportErrorKind.CANCELLED, 0);
    }
    CallEnded event =
        new CallEnded(operation, outcome(error), error == null ? null : error.getClass(), attempts,
            Duration.ofNanos(time.nanoTime() - startNanos), httpStatus, envelopeStatus, kind);
    for (int i = 0; i < observers.length; i++) {
      try {
        observers[i].callEnded(event);
      } catch (RuntimeException e) {
        listeners.failed(i, "callEnded", e);
      }
    }
  }

  private static CallOutcome outcome(@Nullable SiviException error) {
    if (error == null) {
      return CallOutcome.SUCCESS;
    }
    if (error instanceof SiviApiException) {
      return CallOutcome.API_ERROR;
    }
    if (error instanceof SiviResponseException) {
      return CallOutcome.RESPONSE_ERROR;
    }
    if (error instanceof SiviTimeoutException) {
      return CallOutcome.TIMEOUT;
    }
    return error instanceof SiviTransportException t && t.kind() == TransportErrorKind.CANCELLED
        ? CallOutcome.CANCELLED
        : CallOutcome.TRANSPORT_ERROR;
  }

  /** A retry's reason from a small fixed set: the status, or the transport error kind. */
  private static String reason(SiviException error) {
    if (error instanceof SiviTransportException t) {
      return t.kind().name();
    }
    return Integer.toString(error.envelopeStatus().orElse(error.httpStatus().orElse(0)));
  }

  /** The headers observers add to one attempt. */
  private static final class Added implements AttemptHeaders {
    final List<Header> headers = new ArrayList<>(2);

    @Override
    public void put(String name, String value) {
      if (name.isEmpty() || !isToken(name)) {
        throw new IllegalArgumentException("not an HTTP header name: \"" + name + "\"");
      }
      if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("header " + name + " is set by sivi4j or HTTP and cannot be added");
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
          throw new IllegalArgumentException("header " + name + " has a control character in its value");
        }
      }
      headers.removeIf(h -> h.name().equalsIgnoreCase(name));
      headers.add(new Header(name, value));
    }

    private static boolean isToken(String name) {
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (!(c > 0x20 && c < 0x7f) || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
          return false;
        }
      }
      return true;
    }
  }
}
