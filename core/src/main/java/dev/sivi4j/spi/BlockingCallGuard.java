package dev.sivi4j.spi;

import java.util.Optional;

/**
 * Tells the blocking client that the current thread must not block, such as a Vert.x event-loop
 * thread; the call then fails fast instead of deadlocking. Found with {@link java.util.ServiceLoader}:
 * {@code sivi4j-transport-vertx} registers one.
 */
public interface BlockingCallGuard {
  /**
   * Why the current thread must not block, if it must not.
   *
   * @return a reason naming the thread's kind, or empty if blocking is fine
   */
  Optional<String> blockingForbiddenReason();
}
