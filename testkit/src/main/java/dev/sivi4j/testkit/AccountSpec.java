package dev.sivi4j.testkit;

import dev.sivi4j.ApiKey;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to open a {@link FakeAccount}: its key kind, the credits it gets each billing cycle (default
 * {@value #DEFAULT_CREDITS_PER_CYCLE}), its rate limit (default: the kind's) and, optionally, its key.
 *
 * @param kind the key kind
 * @param creditsPerCycle credits granted each 30-day cycle, zero or more
 * @param requestsPerMinute the rate limit, or 0 for the kind's default
 * @param secret the key to use, or null to have the fake draw one
 */
public record AccountSpec(FakeKeyKind kind, long creditsPerCycle, int requestsPerMinute, @Nullable String secret) {
  /** The credits an account gets each cycle unless told otherwise. */
  public static final long DEFAULT_CREDITS_PER_CYCLE = 10_000;

  /**

   * Validates every field.

   *

   * @param kind see the record description

   * @param creditsPerCycle see the record description

   * @param requestsPerMinute see the record description

   * @param secret see the record description

   */

  public AccountSpec {
    Objects.requireNonNull(kind, "kind");
    if (creditsPerCycle < 0) {
      throw new IllegalArgumentException("creditsPerCycle must not be negative (was " + creditsPerCycle + ")");
    }
    if (requestsPerMinute < 0 || requestsPerMinute > 1_000_000) {
      throw new IllegalArgumentException(
          "requestsPerMinute must be between 0 (the kind's default) and 1000000 (was " + requestsPerMinute + ")");
    }
    if (secret != null) {
      ApiKey.of(kind.clientKind(), secret); // the same rules as a client's key
    }
  }

  /**
   * An account of the given kind with the defaults.
   *
   * @param kind the kind
   * @return the spec
   */
  public static AccountSpec of(FakeKeyKind kind) {
    return new AccountSpec(kind, DEFAULT_CREDITS_PER_CYCLE, 0, null);
  }

  /**
   * The same with other credits per cycle.
   *
   * @param credits zero or more
   * @return a new spec
   */
  public AccountSpec withCreditsPerCycle(long credits) {
    return new AccountSpec(kind, credits, requestsPerMinute, secret);
  }

  /**
   * The same with another rate limit.
   *
   * @param perMinute requests a minute, at least 1
   * @return a new spec
   */
  public AccountSpec withRequestsPerMinute(int perMinute) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("requestsPerMinute must be at least 1 (was " + perMinute + ")");
    }
    return new AccountSpec(kind, creditsPerCycle, perMinute, secret);
  }

  /**
   * The same with a key of your choosing, such as a canary key.
   *
   * @param key printable ASCII without spaces
   * @return a new spec
   */
  public AccountSpec withSecret(String key) {
    return new AccountSpec(kind, creditsPerCycle, requestsPerMinute, Objects.requireNonNull(key, "secret"));
  }

  @Override
  public String toString() {
    return "AccountSpec[" + kind + ", " + creditsPerCycle + " credits/cycle, "
        + (requestsPerMinute == 0 ? kind.requestsPerMinute() : requestsPerMinute) + "/min"
        + (secret == null ? "" : ", ***") + "]";
  }
}
