package dev.sivi4j.error;

import java.io.Serial;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An answer arrived but could not be used: it is not a valid response, or it is larger than the cap. */
public final class SiviResponseException extends SiviException {
  @Serial private static final long serialVersionUID = 1L;

  /** Why the answer could not be used. */
  public enum Reason {
    /** Not JSON, trailing data, missing required fields, values out of range. */
    MALFORMED_BODY,
    /** Larger than the configured response cap; it was not read whole. */
    BODY_TOO_LARGE
  }

  /** Why the answer could not be used. */
  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param context where it happened
   * @param reason why the answer could not be used
   * @param detail a description without secrets
   * @param cause the underlying failure, if any
   */
  public SiviResponseException(
      ErrorContext context, Reason reason, String detail, @Nullable Throwable cause) {
    super(context, detail, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Why the answer could not be used.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
