package dev.sivi4j.spring;

/**
 * A {@code sivi.*} property that cannot configure a client. Its message names the property and says what
 * is wrong, and never holds the API key: {@link SiviPropertiesFailureAnalyzer} shows it at start-up.
 */
final class InvalidSiviPropertyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String property;
  private final String problem;

  InvalidSiviPropertyException(String property, String problem) {
    super(property + ": " + problem);
    this.property = property;
    this.problem = problem;
  }

  String property() {
    return property;
  }

  String problem() {
    return problem;
  }
}
