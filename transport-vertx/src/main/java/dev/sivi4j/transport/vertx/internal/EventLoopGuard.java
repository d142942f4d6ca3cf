package dev.sivi4j.transport.vertx.internal;

import dev.sivi4j.spi.BlockingCallGuard;
import io.vertx.core.Context;
import java.util.Optional;

/**
 * Forbids the blocking client on Vert.x event-loop threads, where waiting for a response would stall
 * the loop, or deadlock it when the response must be delivered on that very loop. Registered with
 * {@link java.util.ServiceLoader}; worker threads may block, so they are allowed.
 */
public final class EventLoopGuard implements BlockingCallGuard {
  /** Creates the guard; called by {@link java.util.ServiceLoader}. */
  public EventLoopGuard() {}

  @Override
  public Optional<String> blockingForbiddenReason() {
    return Context.isOnEventLoopThread()
        ? Optional.of("runs on a Vert.x event-loop thread, where blocking would stall or deadlock the event loop")
        : Optional.empty();
  }
}
