package dev.sivi4j.internal.fakes;

import dev.sivi4j.spi.BlockingCallGuard;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link BlockingCallGuard} registered for core's tests (and left out of the test-jar): it forbids
 * blocking only on a thread a test marked, as a Vert.x event loop would be.
 */
public final class ThreadFlagGuard implements BlockingCallGuard {
  private static final ThreadLocal<@Nullable String> REASON = new ThreadLocal<>();

  /** Creates the guard; {@link java.util.ServiceLoader} calls this. */
  public ThreadFlagGuard() {}

  /**
   * Forbids blocking on the current thread until {@link #allow()}.
   *
   * @param reason why, as a guard would say it
   */
  public static void forbid(String reason) {
    REASON.set(reason);
  }

  /** Allows blocking on the current thread again. */
  public static void allow() {
    REASON.remove();
  }

  @Override
  public Optional<String> blockingForbiddenReason() {
    return Optional.ofNullable(REASON.get());
  }
}
