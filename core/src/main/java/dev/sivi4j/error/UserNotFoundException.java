package dev.sivi4j.error;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * The user does not exist: 400 or 404 with one of the documented not-found messages ({@code User does
 * not exists}, {@code User does not exist}, {@code User not found}), in any case, with surrounding
 * whitespace or one trailing period. No other message counts: {@code Plan not found} is an {@link
 * InvalidInputException}, a bare 404 an {@link UnexpectedStatusException}.
 */
public final class UserNotFoundException extends SiviApiException {
  @Serial private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param context where it happened
   * @param serverMessage the service's message, if any
   */
  public UserNotFoundException(ErrorContext context, @Nullable String serverMessage) {
    super(context, "user not found", serverMessage);
  }
}
