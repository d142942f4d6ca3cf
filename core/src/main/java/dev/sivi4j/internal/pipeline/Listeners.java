package dev.sivi4j.internal.pipeline;

import dev.sivi4j.spi.CallListener;
import dev.sivi4j.spi.CallObserver;
import dev.sivi4j.spi.CallStarted;
import dev.sivi4j.spi.ExportWindowFetched;
import dev.sivi4j.spi.RateLimiterFallback;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client's call listeners, each kept from breaking a call: the first exception one throws is logged at
 * {@code WARN}, and that and every later one is otherwise ignored.
 */
final class Listeners {
  private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

  private final CallListener[] listeners;
  private final AtomicBoolean[] warned;
  private final AtomicBoolean limiterOnFallback = new AtomicBoolean();

  private Listeners(List<CallListener> listeners) {
    this.listeners = listeners.toArray(new CallListener[0]);
    this.warned = new AtomicBoolean[this.listeners.length];
    for (int i = 0; i < warned.length; i++) {
      warned[i] = new AtomicBoolean();
    }
  }

  /** The listeners, or null when there are none, so that a call without any pays nothing. */
  static @Nullable Listeners of(List<CallListener> listeners) {
    return listeners.isEmpty() ? null : new Listeners(listeners);
  }

  /** Tells every listener a call starts and gathers their observers (one per listener, by index). */
  CallObserver[] callStarted(CallStarted event) {
    CallObserver[] observers = new CallObserver[listeners.length];
    for (int i = 0; i < listeners.length; i++) {
      CallObserver observer = null;
      try {
        observer = listeners[i].callStarted(event);
      } catch (RuntimeException e) {
        failed(i, "callStarted", e);
      }
      observers[i] = observer == null ? CallObserver.none() : observer;
    }
    return observers;
  }

  void exportWindowFetched(ExportWindowFetched event) {
    for (int i = 0; i < listeners.length; i++) {
      try {
        listeners[i].exportWindowFetched(event);
      } catch (RuntimeException e) {
        failed(i, "exportWindowFetched", e);
      }
    }
  }

  /** Reports that listener {@code index} threw from {@code method}. */
  /** Tells the listeners when the rate limiter's decisions switch to or from its stand-in limit. */
  void rateLimitDecided(boolean fallback) {
    if (limiterOnFallback.get() == fallback || !limiterOnFallback.compareAndSet(!fallback, fallback)) {
      return;
    }
    RateLimiterFallback event = new RateLimiterFallback(fallback);
    for (int i = 0; i < listeners.length; i++) {
      try {
        listeners[i].rateLimiterFallback(event);
      } catch (RuntimeException e) {
        failed(i, "rateLimiterFallback", e);
      }
    }
  }

  void failed(int index, String method, RuntimeException e) {
    if (warned[index].compareAndSet(false, true)) {
      LOG.warn("sivi4j call listener {} threw from {}; ignoring this and any later failure of it",
          listeners[index].getClass().getName(), method, e);
    }
  }
}
