package dev.sivi4j.error;

import java.io.Serial;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The service answered with an error status. The subclass says which; {@link #serverMessage()} has the
 * service's own words.
 */
public abstract sealed class SiviApiException extends SiviException
    permits UserNotFoundException,
        AuthenticationException,
        PermissionDeniedException,
        InvalidInputException,
        CreditLimitExceededException,
        RateLimitedException,
        ServerErrorException,
        UnexpectedStatusException {
  @Serial private static final long serialVersionUID = 1L;

  /** The service's message, if any. */
  private final @Nullable String serverMessage;

  /** The status that decided the error, as {@link ErrorContext#effectiveStatus()} computed it. */
  private final int statusCode;

  SiviApiException(ErrorContext context, String summary, @Nullable String serverMessage) {
    super(context, serverMessage == null ? summary : summary + ": " + serverMessage, null);
    this.serverMessage = serverMessage;
    this.statusCode = context.effectiveStatus();
  }

  /**
   * The status that decided the error: the envelope's {@code status} when present, else the HTTP one
   * (the {@link ErrorContext#effectiveStatus() effective status} of the failure's context).
   *
   * @return the status, or 0 if there was neither
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The {@code body.message} the service sent, if any.
   *
   * @return the message
   */
  public Optional<String> serverMessage() {
    return Optional.ofNullable(serverMessage);
  }
}
