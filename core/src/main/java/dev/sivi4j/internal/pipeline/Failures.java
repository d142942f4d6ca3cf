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
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns what went wrong into the sealed exception family, tolerating every variant the service's
 * documentation shows: the not-found spellings under 400 and 404, HTTP and envelope status disagreeing
 * (the envelope wins), and proxy error pages that are not JSON (mapped by HTTP status). Only the
 * documented messages decide: any other 400 is invalid input, any other 404 an unexpected status (a
 * wrong endpoint or prefix), any other 429 a rate limit.
 */
final class Failures {
  /** The longest body excerpt an exception carries. */
  static final int EXCERPT_CHARS = 512;

  /** The longest transport or codec message an exception carries. */
  static final int DETAIL_CHARS = 500;

  /** What a 404 without a documented not-found message most likely means. */
  static final String WRONG_ENDPOINT =
      "404 without a documented user-not-found message: the endpoint or its path prefix may be wrong"
          + " (check baseUrl and pathPrefix)";

  /** The documented not-found messages, normalized by {@link #normalize}. */
  private static final Set<String> NOT_FOUND =
      Set.of("user does not exists", "user does not exist", "user not found");

  /** The documented credit-exhaustion messages, normalized by {@link #normalize}. */
  private static final Set<String> CREDIT_EXHAUSTED = Set.of("insufficient credit limit", "insufficient credits");

  private final String secret;

  Failures(String secret) {
    this.secret = secret;
  }

  /**
   * The exception for an error status: the context's effective status decides, and only the service's
   * documented messages turn a 400 or 404 into "user not found" or a 429 into "credits exhausted".
   *
   * @param context the failure's context
   * @param message the service's message, if any
   * @param retryAfter the wait the service asked for, if any
   */
  SiviApiException apiError(
      ErrorContext context, @Nullable String message, @Nullable Duration retryAfter) {
    int status = context.effectiveStatus();
    String safeMessage = message == null ? null : sanitize(message, 200);
    boolean notFound = message != null && isDocumentedNotFound(message);
    return switch (status) {
      case 400 -> notFound
          ? new UserNotFoundException(context, safeMessage)
          : new InvalidInputException(context, safeMessage);
      case 404 -> notFound
          ? new UserNotFoundException(context, safeMessage)
          : new UnexpectedStatusException(context, WRONG_ENDPOINT, safeMessage);
      case 422 -> new InvalidInputException(context, safeMessage);
      case 401 -> new AuthenticationException(context, safeMessage);
      case 403 -> new PermissionDeniedException(context, safeMessage);
      case 429 -> message != null && isDocumentedCreditExhaustion(message)
          ? new CreditLimitExceededException(context, safeMessage)
          : new RateLimitedException(context, safeMessage, retryAfter);
      default -> status >= 500 && status <= 599
          ? new ServerErrorException(context, safeMessage, retryAfter)
          : new UnexpectedStatusException(context, safeMessage);
    };
  }

  /**
   * Whether a message is one of the service's documented ways of saying the user does not exist:
   * {@code User does not exists}, {@code User does not exist} or {@code User not found}, in any case,
   * with surrounding whitespace and one trailing period allowed. Nothing else is ("Plan not found" is not).
   */
  static boolean isDocumentedNotFound(String message) {
    return NOT_FOUND.contains(normalize(message));
  }

  /**
   * Whether a 429's message is one of the documented credit-exhaustion messages ({@code Insufficient
   * credit limit}, and the quota page's {@code Insufficient Credits}), with the same tolerance.
   */
  static boolean isDocumentedCreditExhaustion(String message) {
    return CREDIT_EXHAUSTED.contains(normalize(message));
  }

  /** Lower case, without surrounding whitespace or one trailing period. */
  private static String normalize(String message) {
    String text = message.strip();
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1).stripTrailing();
    }
    return text.toLowerCase(Locale.ROOT);
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
