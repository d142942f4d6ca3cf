package dev.sivi4j.domain;

/**
 * How many credits an end user may use in the current billing cycle; usage is charged to your master
 * account.
 *
 * <p>Either {@link #unlimited()} (sent as {@code -1}, the service's default) or a positive whole number
 * of credits. Zero and other negative values are rejected here, before anything is sent.
 */
public final class CreditLimit {
  /** The largest limit accepted: the largest integer a JSON number carries exactly. */
  public static final long MAX_CREDITS = (1L << 53) - 1;

  private static final long UNLIMITED_WIRE_VALUE = -1;
  private static final CreditLimit UNLIMITED = new CreditLimit(UNLIMITED_WIRE_VALUE);

  private final long wireValue;

  private CreditLimit(long wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * A limit of {@code credits} per billing cycle.
   *
   * @param credits a positive number of credits, at most {@link #MAX_CREDITS}
   * @return the limit
   * @throws IllegalArgumentException if credits is zero, negative or too large
   */
  public static CreditLimit of(long credits) {
    if (credits <= 0) {
      throw new IllegalArgumentException(
          "creditLimit must be a positive number of credits, or CreditLimit.unlimited() (was "
              + credits
              + ")");
    }
    if (credits > MAX_CREDITS) {
      throw new IllegalArgumentException(
          "creditLimit must be at most " + MAX_CREDITS + " (was " + credits + ")");
    }
    return new CreditLimit(credits);
  }

  /**
   * No limit: the user may use the master account's credits freely.
   *
   * @return the unlimited limit
   */
  public static CreditLimit unlimited() {
    return UNLIMITED;
  }

  /**
   * Reads the value the wire uses: {@code -1} for unlimited, otherwise the credits.
   *
   * @param wireValue {@code -1} or a positive number
   * @return the limit
   * @throws IllegalArgumentException for any other value
   */
  public static CreditLimit fromWireValue(long wireValue) {
    return wireValue == UNLIMITED_WIRE_VALUE ? UNLIMITED : of(wireValue);
  }

  /**
   * Whether this is the unlimited limit.
   *
   * @return true for {@link #unlimited()}
   */
  public boolean isUnlimited() {
    return wireValue == UNLIMITED_WIRE_VALUE;
  }

  /**
   * The value sent as {@code creditLimit}: {@code -1} for unlimited, otherwise the credits.
   *
   * @return the wire value
   */
  public long wireValue() {
    return wireValue;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CreditLimit that && that.wireValue == wireValue;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(wireValue);
  }

  @Override
  public String toString() {
    return isUnlimited() ? "CreditLimit[unlimited]" : "CreditLimit[" + wireValue + "]";
  }
}
