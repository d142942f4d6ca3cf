package dev.sivi4j.domain;

/**
 * Your own stable, unique identifier of an end user, sent to Sivi as {@code abstractUserId}.
 *
 * <p>Sivi stores no personal data about end users, so this id is the only link between your user and
 * their Sivi workspace; it must never change for a given user. It must be non-blank, at most {@value
 * #MAX_LENGTH} characters, without control characters (so it can never smuggle a line break into a
 * log or header) and without leading or trailing whitespace.
 *
 * @param value the identifier
 */
public record AbstractUserId(String value) {
  /** The longest identifier accepted. The service documents no limit; this one keeps ids sane. */
  public static final int MAX_LENGTH = 256;

  /**

   * Validates the identifier.

   *

   * @param value see the record description

   */

  public AbstractUserId {
    Checks.text(value, "abstractUserId", MAX_LENGTH);
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(
          "abstractUserId must not start or end with whitespace (was \"" + value + "\")");
    }
  }

  /**
   * Returns the id for a value.
   *
   * @param value the identifier
   * @return the validated id
   * @throws IllegalArgumentException if the value is blank, too long or contains control characters
   */
  public static AbstractUserId of(String value) {
    return new AbstractUserId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
