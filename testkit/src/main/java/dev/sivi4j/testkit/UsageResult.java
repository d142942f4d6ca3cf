package dev.sivi4j.testkit;

import java.util.Objects;

/**
 * What {@link FakeSivi#recordUsage} did, as the service would have answered the end user's action.
 *
 * @param status 200 when recorded; 400 for an unknown or deleted user; 429 when the user's limit or
 *     the master account's credits do not cover the cost (then nothing was debited or recorded)
 * @param message {@code Usage recorded}, {@code User does not exist} or {@code Insufficient credit limit}
 */
public record UsageResult(int status, String message) {
  /**
   * Validates the message.
   *
   * @param status see the record description
   * @param message see the record description
   */
  public UsageResult {
    Objects.requireNonNull(message, "message");
  }

  /**
   * Whether the usage was recorded and debited.
   *
   * @return true for status 200
   */
  public boolean accepted() {
    return status == 200;
  }
}
