package dev.sivi4j.testkit.internal.engine;

/** The kinds of API key the fake issues, with their default rate limits. */
public enum KeyClass {
  /** A regular (Core API) key: refused by every user-management and enterprise endpoint. */
  GENERAL(50),
  /** A SuperUser key: calls {@code super/} (and {@code general/}, an alias seen on live doc pages). */
  SUPER_USER(100),
  /** An Enterprise Admin key: calls {@code enterprise/}, including analysis and export. */
  ENTERPRISE_ADMIN(100);

  private final int defaultPerMinute;

  KeyClass(int defaultPerMinute) {
    this.defaultPerMinute = defaultPerMinute;
  }

  /**
   * The default requests per minute.
   *
   * @return 50 for general keys, 100 otherwise
   */
  public int defaultPerMinute() {
    return defaultPerMinute;
  }
}
