package dev.sivi4j.testkit.internal.engine;

/** The message strings the fake answers with: the documented ones verbatim, and the fake's own choices. */
public final class Messages {
  /** 400 on the login family and set-user-credit-limit (the documented spelling, with the "s"). */
  public static final String USER_DOES_NOT_EXISTS = "User does not exists";
  /** 400 on account-analysis and export-data (the documented spelling, without the "s"). */
  public static final String USER_DOES_NOT_EXIST = "User does not exist";
  /** 401 for a missing or unknown key. */
  public static final String AUTH_FAILED =
      "Failed to authenticate request. Please add sivi-api-key header in request";
  /** 403 for a key whose kind may not call the path (the docs give no message; this is the fake's). */
  public static final String FORBIDDEN = "This API key is not allowed to call this endpoint";
  /** 404 for a path the fake does not serve (the fake's own words; deliberately not a "not found" text). */
  public static final String UNKNOWN_ENDPOINT = "Unknown endpoint";
  /** 405 for a method other than POST (the fake's own words). */
  public static final String METHOD_NOT_ALLOWED = "Method not allowed";
  /** 422 for any invalid body. */
  public static final String INVALID_INPUT = "Invalid input";
  /** 400 for a body that is not valid UTF-8 (the docs are silent; this is the fake's). */
  public static final String INVALID_UTF8 = "Request body is not valid UTF-8";
  /** 429 when a user or the master account lacks the credits. */
  public static final String INSUFFICIENT_CREDIT = "Insufficient credit limit";
  /** 429 when the key's rate limit is spent. */
  public static final String RATE_LIMITED = "Rate limit exceeded. Please try again later.";
  /** 500. */
  public static final String SERVER_ERROR = "Server internal error";
  /** Success of set-user-credit-limit (with its documented trailing period). */
  public static final String CREDIT_LIMIT_SET = "Credit limit set successfully.";
  /** Success of delete-user. */
  public static final String USER_DELETED = "Successfully deleted the user";
  /** Success of reactivate-user (the OpenAPI wording; the markdown page copies delete-user's). */
  public static final String USER_REACTIVATED = "User reactivated successfully";

  private Messages() {}

  /**
   * The documented message for an error status, or a generic one.
   *
   * @param status an HTTP status
   * @return the message the fake uses for that status
   */
  public static String forStatus(int status) {
    return switch (status) {
      case 400 -> USER_DOES_NOT_EXISTS;
      case 401 -> AUTH_FAILED;
      case 403 -> FORBIDDEN;
      case 404 -> "User not found";
      case 405 -> METHOD_NOT_ALLOWED;
      case 422 -> INVALID_INPUT;
      case 429 -> RATE_LIMITED;
      case 500 -> SERVER_ERROR;
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "Error " + status;
    };
  }
}
