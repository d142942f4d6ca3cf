package dev.sivi4j.testkit.tck;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one client call ended.
 *
 * @param value what it returned, when it returned
 * @param error what it threw, when it threw
 * @param elapsed how long it took
 * @param lag the longest the machine left this JVM's threads waiting to run meanwhile
 */
record Outcome<T>(@Nullable T value, @Nullable Throwable error, Duration elapsed, Duration lag) {
  Outcome {
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(lag, "lag");
  }

  boolean succeeded() {
    return error == null;
  }
}
