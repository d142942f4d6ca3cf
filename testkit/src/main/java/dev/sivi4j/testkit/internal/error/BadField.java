package dev.sivi4j.testkit.internal.error;

/** A member of a control API request that is missing or wrong, with the message for the client. */
public final class BadField extends Exception {
  private static final long serialVersionUID = 1L;

  /** The member's name. */
  private final String field;

  /**
   * Creates the failure.
   *
   * @param field the member, as the client named it
   * @param message what is wrong, naming the member
   */
  public BadField(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  /**
   * The member at fault.
   *
   * @return its name
   */
  public String field() {
    return field;
  }
}
