package dev.sivi4j.spring.error;

import java.util.Objects;

/**
 * A {@code sivi.*} property that cannot configure a sivi4j client, thrown while the application context
 * starts. Its message names the property and says what is wrong with it; it never holds the API key,
 * and Spring Boot reports it as a start-up failure naming the property.
 */
public final class InvalidSiviPropertyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The property, such as {@code sivi.api-key}. */
  private final String property;

  /** What is wrong with it, such as {@code is not set}. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param property the property, such as {@code sivi.api-key}
   * @param problem what is wrong, never quoting the API key
   */
  public InvalidSiviPropertyException(String property, String problem) {
    super(Objects.requireNonNull(property, "property") + ": " + Objects.requireNonNull(problem, "problem"));
    this.property = property;
    this.problem = problem;
  }

  /**
   * The property that is wrong.
   *
   * @return for example {@code sivi.api-key}
   */
  public String property() {
    return property;
  }

  /**
   * What is wrong with it.
   *
   * @return for example {@code is not set}
   */
  public String problem() {
    return problem;
  }
}
