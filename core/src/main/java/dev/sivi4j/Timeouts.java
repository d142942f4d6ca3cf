package dev.sivi4j;

import java.time.Duration;
import java.util.Objects;

/**
 * How long sivi4j waits. Every limit is explicit; none is a library default of minutes or "never".
 *
 * @param connect to open a connection (default 5 s)
 * @param poolAcquire to get a pooled connection when all are busy (default 5 s)
 * @param perAttempt for one attempt, from sending to the last byte of the answer (default 20 s)
 * @param wholeCall for the whole call: every attempt and every wait between them (default 30 s)
 */
public record Timeouts(Duration connect, Duration poolAcquire, Duration perAttempt, Duration wholeCall) {
  private static final Timeouts DEFAULTS =
      new Timeouts(
          Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(30));

  /**

   * Validates that every timeout is positive.

   *

   * @param connect see the record description

   * @param poolAcquire see the record description

   * @param perAttempt see the record description

   * @param wholeCall see the record description

   */

  public Timeouts {
    positive(connect, "connect");
    positive(poolAcquire, "poolAcquire");
    positive(perAttempt, "perAttempt");
    positive(wholeCall, "wholeCall");
  }

  private static void positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " timeout must be positive (was " + value + ")");
    }
  }

  /**
   * Connect 5 s, pool acquire 5 s, per attempt 20 s, whole call 30 s.
   *
   * @return the defaults
   */
  public static Timeouts defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another connect timeout.
   *
   * @param value the timeout
   * @return the copy
   */
  public Timeouts withConnect(Duration value) {
    return new Timeouts(value, poolAcquire, perAttempt, wholeCall);
  }

  /**
   * A copy with another pool-acquire timeout.
   *
   * @param value the timeout
   * @return the copy
   */
  public Timeouts withPoolAcquire(Duration value) {
    return new Timeouts(connect, value, perAttempt, wholeCall);
  }

  /**
   * A copy with another per-attempt timeout.
   *
   * @param value the timeout
   * @return the copy
   */
  public Timeouts withPerAttempt(Duration value) {
    return new Timeouts(connect, poolAcquire, value, wholeCall);
  }

  /**
   * A copy with another whole-call timeout.
   *
   * @param value the timeout
   * @return the copy
   */
  public Timeouts withWholeCall(Duration value) {
    return new Timeouts(connect, poolAcquire, perAttempt, value);
  }
}
