package dev.sivi4j.error;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * The user's or the master account's credits are exhausted: 429 {@code Insufficient credit limit}, or
 * the quota page's {@code Insufficient Credits}, in any case, with surrounding whitespace or one
 * trailing period. Never retried: it is an answer, not an accident.
 */
public final class CreditLimitExceededException extends SiviApiException {
  @Serial private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param context where it happened
   * @param serverMessage the service's message, if any
   */
  public CreditLimitExceededException(ErrorContext context, @Nullable String serverMessage) {
    super(context, "insufficient credit limit", serverMessage);
  }
}
