package dev.sivi4j.internal.pipeline;

import dev.sivi4j.error.AuthenticationException;
import dev.sivi4j.error.CreditLimitExceededException;
import dev.sivi4j.error.ErrorContext;
import dev.sivi4j.error.InvalidInputException;
import dev.sivi4j.error.PermissionDeniedException;
import dev.sivi4j.error.RateLimitedException;
import dev.sivi4j.error.ServerErrorException;
import dev.sivi4j.error.SiviApiException;
import dev.sivi4j.error.SiviException;
import dev.sivi4j.error.SiviResponseException;
import dev.sivi4j.error.SiviTimeoutException;
import dev.sivi4j.error.SiviTransportException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.UnexpectedStatusException;
import dev.sivi4j.error.UserNotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns what went wrong into the sealed exception family, tolerating every variant the service's
 * documentation shows: both not-found spellings and 404 {@code User not found}, HTTP and envelope status
 * disagreeing (the envelope wins), and proxy error pages that are not JSON (mapped by HTTP status).
 */
final class Failures {
  /** The longest body excerpt an exception carries. */
  static final int EXCERPT_CHARS = 512;

  /** The longest transport or codec message an exception carries. */
  static final int DETAIL_CHARS = 500;

  private final String secret;

  Failures(String secret) {
    this.secret = secret;
  }

  /**
   * The exception for an error status: the context's effective status decides.
   *
   * @param context the failure's context
   * @param message the service's message, if any
   * @param enveloped whether the body was a JSON envelope (a bare proxy page is not)
   * @param retryAfter the wait the service asked for, if any
   */
  SiviApiException apiError(
      ErrorContext context, @Nullable String message, boolean enveloped, @Nullable Duration retryAfter) {
    int status = context.effectiveStatus();
    boolean notFound =
        message != null ? looksLikeNotFound(message) : enveloped && (status == 400 || status == 404);
    String safeMessage = message == null ? null : sanitize(message, 200);
    if (notFound && (status == 400 || status == 404)) {
      return new UserNotFoundException(context, safeMessage);
    }
    return switch (status) {
      case 400, 422 -> new InvalidInputException(context, safeMessage);
      case 401 -> new AuthenticationException(context, safeMessage);
      case 403 -> new PermissionDeniedException(context, safeMessage);
      case 429 -> message != null && message.toLowerCase(Locale.ROOT).contains("credit")
          ? new CreditLimitExceededException(context, safeMessage)
          : new RateLimitedException(context, safeMessage, retryAfter);
      default -> status >= 500 && status <= 599
          ? new ServerErrorException(context, safeMessage, retryAfter)
          : new UnexpectedStatusException(context, safeMessage);
    };
  }

  /** Whether a message is one of the service's ways of saying the user does not exist. */
  static boolean looksLikeNotFound(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    return lower.contains("not found") || lower.contains("does not exist") || lower.contains("not exist");
  }

  /** Whether an API error is an accident worth another attempt. */
  static boolean isRetryable(SiviApiException error) {
    if (error instanceof RateLimitedException) {
      return true;
    }
    int status = error.statusCode();
    return error instanceof ServerErrorException
        && (status == 500 || status == 502 || status == 503 || status == 504);
  }

  /** The exception for a transport failure of the given kind. */
  static SiviException transportError(
      ErrorContext context, TransportErrorKind kind, String detail, @Nullable Throwable cause) {
    if (kind == TransportErrorKind.RESPONSE_TOO_LARGE) {
      return new SiviResponseException(context, SiviResponseException.Reason.BODY_TOO_LARGE, detail, cause);
    }
    return kind.isTimeout()
        ? new SiviTimeoutException(context, kind, detail, cause)
        : new SiviTransportException(context, kind, detail, cause);
  }

  /** A short excerpt of a body: UTF-8, control characters replaced, the key redacted. */
  String excerpt(byte[] body) {
    if (body.length == 0) {
      return "";
    }
    // Decode enough to hold a key that starts inside the excerpt, so it is redacted whole.
    int bytes = Math.min(body.length, EXCERPT_CHARS * 4 + secret.length());
    return sanitize(new String(body, 0, bytes, StandardCharsets.UTF_8), EXCERPT_CHARS);
  }

  /** A message from a transport or codec, for an exception: bounded, and without the key. */
  String detail(@Nullable String message) {
    return sanitize(String.valueOf(message), DETAIL_CHARS);
  }

  /** Redacts the key, then cuts text to {@code max} characters and replaces control characters. */
  String sanitize(String text, int max) {
    // Redact before cutting: a cut key would no longer match and its prefix would leak.
    String redacted = text.contains(secret) ? text.replace(secret, "***") : text;
    String cut = redacted.length() > max ? redacted.substring(0, max) + "…" : redacted;
    StringBuilder out = new StringBuilder(cut.length());
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    return out.toString();
  }
}
