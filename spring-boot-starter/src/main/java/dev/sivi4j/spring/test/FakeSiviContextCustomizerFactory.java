package dev.sivi4j.spring.test;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Gives a test class marked {@link AutoConfigureFakeSivi} a fake Sivi service. */
final class FakeSiviContextCustomizerFactory implements ContextCustomizerFactory {
  FakeSiviContextCustomizerFactory() {}

  @Override
  public @Nullable ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    AutoConfigureFakeSivi annotation =
        TestContextAnnotationUtils.findMergedAnnotation(testClass, AutoConfigureFakeSivi.class);
    if (annotation == null) {
      return null;
    }
    return new FakeSiviContextCustomizer(annotation.keyKind(), annotation.key(), annotation.creditsPerCycle());
  }
}
