package dev.sivi4j.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.testkit.tck.Canary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

@ExtendWith(OutputCaptureExtension.class)
class SiviStartupFailureTest {
  private static final String MALFORMED = Canary.SUPER_USER_SECRET + " pasted-with-a-space";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SiviAutoConfiguration.class));

  @Test
  void missingKeyNamesTheProperty() {
    FailureAnalysis analysis = analysisOf();
    assertThat(analysis.getDescription()).contains("'sivi.api-key'").contains("is not set");
    assertThat(analysis.getAction()).contains("sivi.api-key").contains("SIVI_API_KEY");
  }

  @Test
  void malformedKeyNamesThePropertyAndNeverShowsTheKey() {
    FailureAnalysis analysis = analysisOf("sivi.api-key=" + MALFORMED);
    assertThat(analysis.getDescription())
        .contains("'sivi.api-key'")
        .contains("is not a valid Sivi API key")
        .doesNotContain(Canary.SUPER_USER_SECRET)
        .doesNotContain("pasted-with-a-space");
    assertThat(analysis.getAction()).doesNotContain(Canary.SUPER_USER_SECRET);
  }

  @Test
  void startupFailureChainNeverShowsTheKey() {
    for (String key : List.of(MALFORMED, Canary.ENTERPRISE_SECRET + "\u0007x")) {
      runner
          .withPropertyValues("sivi.api-key=" + key)
          .run(
              context -> {
                Throwable failure = context.getStartupFailure();
                assertThat(failure).isNotNull();
                assertThat(printed(failure))
                    .contains("sivi.api-key")
                    .doesNotContain(Canary.SUPER_USER_SECRET)
                    .doesNotContain(Canary.ENTERPRISE_SECRET);
              });
    }
  }

  @Test
  void unknownKeyKindNamesTheProperty() {
    FailureAnalysis analysis = analysisOf("sivi.api-key=" + Canary.SUPER_USER_SECRET, "sivi.key-kind=root");
    assertThat(analysis.getDescription())
        .contains("'sivi.key-kind'")
        .contains("'super' or 'enterprise'")
        .doesNotContain(Canary.SUPER_USER_SECRET);
  }

  @Test
  void invalidValuesNameTheirProperty() {
    assertNamed("sivi.timeouts.connect", "sivi.timeouts.connect=0s");
    assertNamed("sivi.timeouts.pool-acquire", "sivi.timeouts.pool-acquire=-1s");
    assertNamed("sivi.timeouts.per-attempt", "sivi.timeouts.per-attempt=0ms");
    assertNamed("sivi.timeouts.whole-call", "sivi.timeouts.whole-call=-5s");
    assertNamed("sivi.retry.max-attempts", "sivi.retry.max-attempts=11");
    assertNamed("sivi.retry.budget-tokens", "sivi.retry.budget-tokens=-1");
    assertNamed("sivi.retry.max-delay", "sivi.retry.base-delay=2s", "sivi.retry.max-delay=1s");
    assertNamed("sivi.retry.max-delay", "sivi.retry.max-delay=-1s");
    assertNamed("sivi.retry.base-delay", "sivi.retry.base-delay=-1s");
    assertNamed("sivi.rate-limit.requests-per-minute", "sivi.rate-limit.requests-per-minute=0");
    assertNamed("sivi.max-connections", "sivi.max-connections=0");
    assertNamed("sivi.max-response-size", "sivi.max-response-size=10B");
    assertNamed("sivi.path-prefix", "sivi.path-prefix=Not/Valid");
    assertNamed("sivi.base-url", "sivi.base-url=http://sivi.example.test/api");
    assertNamed("sivi.proxy.port", "sivi.proxy.host=proxy.internal");
    assertNamed("sivi.proxy.port", "sivi.proxy.host=proxy.internal", "sivi.proxy.port=70000");
    assertNamed("sivi.proxy.host", "sivi.proxy.host=http://proxy.internal", "sivi.proxy.port=3128");
    assertNamed("sivi.proxy.host", "sivi.proxy.port=3128");
    assertNamed("sivi.proxy.host", "sivi.proxy.system-properties=true", "sivi.proxy.host=proxy.internal");
    assertNamed("sivi.proxy.no-proxy", "sivi.proxy.host=p.internal", "sivi.proxy.port=1", "sivi.proxy.no-proxy=a b");
    assertNamed("sivi.proxy.username", "sivi.proxy.host=p.internal", "sivi.proxy.port=1", "sivi.proxy.password=x");
  }

  @Test
  void malformedProxyPasswordNamesThePropertyAndNeverShowsThePassword() {
    String password = "proxy-canary-4b1e\u0001-9d2a";
    runner
        .withPropertyValues(
            "sivi.api-key=" + Canary.SUPER_USER_SECRET,
            "sivi.proxy.host=proxy.internal",
            "sivi.proxy.port=3128",
            "sivi.proxy.username=svc",
            "sivi.proxy.password=" + password)
        .run(
            context -> {
              Throwable failure = context.getStartupFailure();
              assertThat(failure).isNotNull();
              FailureAnalysis analysis = new SiviPropertiesFailureAnalyzer().analyze(failure);
              assertThat(analysis).isNotNull();
              assertThat(analysis.getDescription()).contains("'sivi.proxy.password'");
              assertThat(printed(failure) + analysis.getDescription() + analysis.getAction())
                  .doesNotContain("canary-4b1e")
                  .doesNotContain("-9d2a")
                  .doesNotContain(Canary.SUPER_USER_SECRET);
            });
  }

  @Test
  void analyzerIsRegisteredWithSpringBoot() throws Exception {
    String starter = SiviAutoConfiguration.class.getProtectionDomain().getCodeSource().getLocation().toString();
    Properties factories = new Properties();
    for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
      if (url.toString().startsWith(starter) || url.toString().startsWith("jar:" + starter)) {
        factories.putAll(PropertiesLoaderUtils.loadProperties(new UrlResource(url)));
      }
    }
    assertThat(factories.getProperty(FailureAnalyzer.class.getName()))
        .isEqualTo(SiviPropertiesFailureAnalyzer.class.getName());
  }

  @Test
  void applicationStartReportsThePropertyAndNeverTheKey(CapturedOutput output) {
    SpringApplication application = new SpringApplication(App.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    application.setDefaultProperties(java.util.Map.of("sivi.api-key", MALFORMED));
    assertThatThrownBy(application::run).isNotNull();
    assertThat(output.getAll())
        .contains("APPLICATION FAILED TO START")
        .contains("'sivi.api-key'")
        .doesNotContain(Canary.SUPER_USER_SECRET);
  }

  private void assertNamed(String property, String... values) {
    String[] all = new String[values.length + 1];
    all[0] = "sivi.api-key=" + Canary.SUPER_USER_SECRET;
    System.arraycopy(values, 0, all, 1, values.length);
    FailureAnalysis analysis = analysisOf(all);
    assertThat(analysis.getDescription())
        .as("for %s", String.join(", ", values))
        .contains("'" + property + "'")
        .doesNotContain(Canary.SUPER_USER_SECRET);
  }

  private FailureAnalysis analysisOf(String... properties) {
    FailureAnalysis[] analysis = new FailureAnalysis[1];
    runner
        .withPropertyValues(properties)
        .run(
            context -> {
              assertThat(context).hasFailed();
              analysis[0] = new SiviPropertiesFailureAnalyzer().analyze(context.getStartupFailure());
            });
    assertThat(analysis[0]).as("the analyzer recognises the failure").isNotNull();
    return analysis[0];
  }

  private static String printed(Throwable failure) {
    StringWriter text = new StringWriter();
    failure.printStackTrace(new PrintWriter(text));
    return text.toString();
  }

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration(SiviAutoConfiguration.class)
  static class App {}
}
