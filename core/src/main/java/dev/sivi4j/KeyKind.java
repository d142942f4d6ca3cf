package dev.sivi4j;

/**
 * The kind of API key, which picks the path family: a superuser key calls {@code super/<endpoint>},
 * an enterprise admin key {@code enterprise/<endpoint>}.
 */
public enum KeyKind {
  /** A SuperUser key (Superpower plan): users, logins, credit limits, deletion. */
  SUPER_USER("super"),
  /** An Enterprise Admin key: everything a superuser key does, plus account analysis and export. */
  ENTERPRISE_ADMIN("enterprise");

  private final String pathPrefix;

  KeyKind(String pathPrefix) {
    this.pathPrefix = pathPrefix;
  }

  /**
   * The path segment this kind of key calls under.
   *
   * @return {@code super} or {@code enterprise}
   */
  public String pathPrefix() {
    return pathPrefix;
  }
}
