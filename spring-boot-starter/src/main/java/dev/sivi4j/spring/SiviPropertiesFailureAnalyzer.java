package dev.sivi4j.spring;

import dev.sivi4j.spring.error.InvalidSiviPropertyException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up that failed on a {@code sivi.*} property: which property, what is wrong with it and
 * what to do. It never shows the API key, whatever the property.
 */
final class SiviPropertiesFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSiviPropertyException> {
  SiviPropertiesFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidSiviPropertyException cause) {
    String description =
        "The sivi4j client could not be configured: the property '" + cause.property() + "' " + cause.problem()
            + ".";
    return new FailureAnalysis(description, action(cause.property()), cause);
  }

  private static String action(String property) {
    if (property.equals(SiviProperties.PREFIX + ".api-key")) {
      return "Set '" + property + "' to the key Sivi issued (for example sivi.api-key=${SIVI_API_KEY} with the"
          + " key in the SIVI_API_KEY environment variable), and 'sivi.key-kind' to its kind (super or"
          + " enterprise). Never put the key itself in a committed file.";
    }
    return "Correct '" + property + "' in the application's configuration, or remove it to use sivi4j's default.";
  }
}
