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

  SiviApiException(ErrorContext context, String summary, @Nullable String serverMessage) {
    super(context, serverMessage == null ? summary : summary + ": " + serverMessage, null);
    this.serverMessage = serverMessage;
  }

  /**
   * The status that decided the error: the envelope's {@code status} when present, else the HTTP one.
   *
   * @return the status
   */
  public int statusCode() {
    return envelopeStatus().orElse(httpStatus().orElse(0));
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
