package dev.sivi4j.spring;

import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.micrometer.SiviMicrometer;
import dev.sivi4j.spi.CallListener;
import dev.sivi4j.transport.httpclient.SiviHttpClient;
import dev.sivi4j.transport.vertx.SiviVertx;
import dev.sivi4j.transport.vertx.VertxSiviClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.vertx.core.Vertx;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of sivi4j: a {@link SiviConfig} from the {@code sivi.*} properties ({@link
 * SiviProperties}), a blocking {@link SiviClient} on Apache HttpClient, a {@link VertxSiviClient} when the
 * application has the Vert.x transport and a {@link Vertx} bean, and Micrometer observations and meters
 * of every call when the application has {@code sivi4j-micrometer} and an {@link ObservationRegistry} or
 * {@link MeterRegistry} bean.
 *
 * <p>Every bean backs off when the application defines its own of the same type (for the Micrometer
 * listener, a bean named {@code siviMicrometerListener}). Every {@link CallListener} bean of the
 * application is given to the configuration, in bean order. The clients are closed with the
 * application context; the application's {@code Vertx} is not.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"
    })
@EnableConfigurationProperties(SiviProperties.class)
public final class SiviAutoConfiguration {
  SiviAutoConfiguration() {}

  @Bean
  @ConditionalOnMissingBean
  SiviConfig siviConfig(SiviProperties properties, ObjectProvider<CallListener> listeners) {
    return SiviConfigFactory.create(properties, listeners.orderedStream().collect(Collectors.toList()));
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "dev.sivi4j.transport.httpclient.SiviHttpClient")
  static class HttpClientConfiguration {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    SiviClient siviClient(SiviConfig config) {
      return SiviHttpClient.create(config);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"dev.sivi4j.transport.vertx.SiviVertx", "io.vertx.core.Vertx"})
  @ConditionalOnBean(type = "io.vertx.core.Vertx")
  static class VertxConfiguration {
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    VertxSiviClient vertxSiviClient(Vertx vertx, SiviConfig config) {
      return SiviVertx.create(vertx, config);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(
      name = {
        "dev.sivi4j.micrometer.SiviMicrometer",
        "io.micrometer.observation.ObservationRegistry",
        "io.micrometer.core.instrument.MeterRegistry"
      })
  @ConditionalOnProperty(prefix = "sivi.observations", name = "enabled", havingValue = "true", matchIfMissing = true)
  static class MicrometerConfiguration {
    @Bean
    @ConditionalOnMissingBean(name = "siviMicrometerListener")
    @Conditional(OnRegistryBean.class)
    CallListener siviMicrometerListener(
        ObjectProvider<ObservationRegistry> observations, ObjectProvider<MeterRegistry> meters) {
      return SiviMicrometer.listener(
          observations.getIfAvailable(() -> ObservationRegistry.NOOP),
          meters.getIfAvailable(CompositeMeterRegistry::new));
    }
  }

  /** An ObservationRegistry or a MeterRegistry bean. */
  static final class OnRegistryBean extends AnyNestedCondition {
    OnRegistryBean() {
      super(ConfigurationCondition.ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnBean(type = "io.micrometer.observation.ObservationRegistry")
    static final class ObservationRegistryBean {}

    @ConditionalOnBean(type = "io.micrometer.core.instrument.MeterRegistry")
    static final class MeterRegistryBean {}
  }
}
