package dev.sivi4j.transport.vertx.internal;

import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import dev.sivi4j.spi.TransportResponse;
import io.vertx.core.Context;
import io.vertx.core.http.HttpClientRequest;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One request on the wire, and the future of its response: its body cap and deadline, the Vert.x
 * request once the Web Client has created it, and, once something ended it early (the cap, the
 * deadline, the caller cancelling this future), why. The first reason wins. Ending an attempt resets
 * its request, which closes or frees the connection at once; a request created after the attempt
 * ended is reset as soon as it is handed over.
 *
 * <p>The attempt is its own future, and costs no timer: {@link AttemptDeadlines} watches it through a
 * small node, which the attempt releases as it completes.
 */
final class Attempt extends CompletableFuture<TransportResponse> {
  private static final VarHandle ABORT;

  static {
    try {
      ABORT = MethodHandles.lookup().findVarHandle(Attempt.class, "abort", TransportException.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final long maxBytes;
  private final long timeoutMillis;
  private final long deadlineNanos;
  private final @Nullable Context context;
  private volatile @Nullable TransportException abort;
  private volatile @Nullable HttpClientRequest request;
  /** Its node in {@link AttemptDeadlines}' list, released on completion; null until watched. */
  private volatile AttemptDeadlines.@Nullable Watch watch;

  /**
   * @param maxBytes the body cap
   * @param timeoutMillis how long the attempt may take in all
   * @param context where the caller's steps run, which is where a timeout is delivered; null when the
   *     caller is not on a Vert.x context
   */
  Attempt(long maxBytes, long timeoutMillis, @Nullable Context context) {
    this.maxBytes = maxBytes;
    this.timeoutMillis = timeoutMillis;
    this.deadlineNanos = System.nanoTime() + timeoutMillis * 1_000_000L;
    this.context = context;
  }

  /** An attempt with a body cap and no deadline to speak of, for tests of the cap and of resets. */
  Attempt(long maxBytes) {
    this(maxBytes, Long.MAX_VALUE / 2_000_000L, null);
  }

  void watchedBy(AttemptDeadlines.Watch node) {
    watch = node;
  }

  @Override
  public boolean complete(TransportResponse response) {
    release();
    return super.complete(response);
  }

  @Override
  public boolean completeExceptionally(Throwable error) {
    release();
    return super.completeExceptionally(error);
  }

  /**
   * Lets the deadline list drop this attempt; every way an attempt ends (an answer, a failure, an
   * expiry, a cancel) comes here.
   */
  private void release() {
    AttemptDeadlines.Watch node = watch;
    if (node != null) {
      node.release();
    }
  }

  long maxBytes() {
    return maxBytes;
  }

  /** Why the attempt was ended early, or null if it was not. */
  @Nullable TransportException aborted() {
    return abort;
  }

  /**
   * Takes the Vert.x request this attempt sends, resetting it if the attempt already ended. Either this
   * or {@link #abort} sees the other's write, so an abort racing the hand-over still resets the request.
   */
  void attach(HttpClientRequest clientRequest) {
    request = clientRequest;
    if (abort != null) {
      clientRequest.reset();
    }
  }

  /**
   * Ends the attempt unless it already ended, resetting its request if there is one yet; returns the
   * reason that holds, which may be an earlier one.
   */
  TransportException abort(TransportErrorKind kind, String message) {
    if (ABORT.compareAndSet(this, null, new TransportException(kind, message, null))) {
      HttpClientRequest sent = request;
      if (sent != null) {
        sent.reset();
      }
    }
    return Objects.requireNonNull(abort);
  }

  TransportException abortTooLarge() {
    return abort(
        TransportErrorKind.RESPONSE_TOO_LARGE, "the response body is larger than the cap of " + maxBytes + " bytes");
  }

  boolean expiredAt(long nowNanos) {
    return nowNanos - deadlineNanos >= 0;
  }

  /**
   * Ends the attempt for its deadline: the request is reset at once, and the future fails on the
   * caller's context, where a timer set by the caller would have fired.
   */
  void expire() {
    TransportException reason =
        abort(
            TransportErrorKind.RESPONSE_TIMEOUT,
            "no complete response within the attempt's timeout of " + timeoutMillis + " ms");
    if (context == null) {
      completeExceptionally(reason);
    } else {
      context.runOnContext(ignored -> completeExceptionally(reason));
    }
  }

  /** Cancelling the future ends the attempt and resets its request. */
  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    if (cancelled) {
      release();
      abort(TransportErrorKind.CANCELLED, "the call was cancelled");
    }
    return cancelled;
  }
}
