package dev.sivi4j.transport.vertx.internal;

import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * One request on the wire: its body cap and, once something ended it early (the cap, the attempt's
 * deadline, the caller), why. The first reason wins; the body stream and the completion both read it.
 */
final class Attempt {
  private final long maxBytes;
  private final AtomicReference<@Nullable TransportException> abort = new AtomicReference<>();

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

  /** Ends the attempt unless it already ended; returns the reason that holds, which may be an earlier one. */
  TransportException abort(TransportErrorKind kind, String message) {
    abort.compareAndSet(null, new TransportException(kind, message, null));
    return Objects.requireNonNull(abort.get());
  }

  TransportException abortTooLarge() {
    return abort(
        TransportErrorKind.RESPONSE_TOO_LARGE, "the response body is larger than the cap of " + maxBytes + " bytes");
  }
}
