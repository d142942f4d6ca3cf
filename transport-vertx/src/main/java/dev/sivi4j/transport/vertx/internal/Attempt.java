package dev.sivi4j.transport.vertx.internal;

import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import io.vertx.core.http.HttpClientRequest;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * One request on the wire: its body cap, the Vert.x request once the Web Client has created it, and,
 * once something ended it early (the cap, the attempt's deadline, the caller), why. The first reason
 * wins. Ending an attempt resets its request, which closes or frees the connection at once; a request
 * created after the attempt ended is reset as soon as it is handed over.
 */
final class Attempt {
  private final long maxBytes;
  private final AtomicReference<@Nullable TransportException> abort = new AtomicReference<>();
  private final AtomicReference<@Nullable HttpClientRequest> request = new AtomicReference<>();

  Attempt(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  long maxBytes() {
    return maxBytes;
  }

  /** Why the attempt was ended early, or null if it was not. */
  @Nullable TransportException aborted() {
    return abort.get();
  }

  /**
   * Takes the Vert.x request this attempt sends, resetting it if the attempt already ended. Either this
   * or {@link #abort} sees the other's write, so an abort racing the hand-over still resets the request.
   */
  void attach(HttpClientRequest clientRequest) {
    request.set(clientRequest);
    if (abort.get() != null) {
      clientRequest.reset();
    }
  }

  /**
   * Ends the attempt unless it already ended, resetting its request if there is one yet; returns the
   * reason that holds, which may be an earlier one.
   */
  TransportException abort(TransportErrorKind kind, String message) {
    if (abort.compareAndSet(null, new TransportException(kind, message, null))) {
      HttpClientRequest sent = request.get();
      if (sent != null) {
        sent.reset();
      }
    }
    return Objects.requireNonNull(abort.get());
  }

  TransportException abortTooLarge() {
    return abort(
        TransportErrorKind.RESPONSE_TOO_LARGE, "the response body is larger than the cap of " + maxBytes + " bytes");
  }
}
