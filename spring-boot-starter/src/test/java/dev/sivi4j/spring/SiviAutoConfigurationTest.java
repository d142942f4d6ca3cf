package dev.sivi4j.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sivi4j.KeyKind;
import dev.sivi4j.ProxySettings;
import dev.sivi4j.RateLimit;
import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.SiviEnvironment;
import dev.sivi4j.Timeouts;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.micrometer.SiviMicrometer;
import dev.sivi4j.spi.CallListener;
import dev.sivi4j.spi.CallObserver;
import dev.sivi4j.testkit.tck.Canary;
import dev.sivi4j.transport.httpclient.SiviHttpClient;
import dev.sivi4j.transport.vertx.SiviVertx;
import dev.sivi4j.transport.vertx.VertxSiviClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SiviAutoConfigurationTest {
  private static final String PROXY_PASSWORD = "proxy-canary-4b1e9d2a";
  private static Vertx vertx;
  private final FakeService service = new FakeService();
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SiviAutoConfiguration.class));

  @BeforeAll
  static void startVertx() {
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void stopVertx() throws Exception {
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  @AfterEach
  void stopFake() {
    service.close();
  }

  @Test
  void onlyTheKeyGivesSivi4jDefaults() {
    runner
        .withPropertyValues("sivi.api-key=" + Canary.SUPER_USER_SECRET)
        .run(
            context -> {
              SiviConfig config = context.getBean(SiviConfig.class);
              SiviConfig defaults = SiviConfig.builder().apiKey(Canary.key(KeyKind.SUPER_USER)).build();
              assertThat(config.apiKey()).isEqualTo(Canary.key(KeyKind.SUPER_USER));
              assertThat(config.baseUrl()).isEqualTo(SiviEnvironment.PRODUCTION.baseUrl());
              assertThat(config.pathPrefix()).isEqualTo("super");
              assertThat(config.timeouts()).isEqualTo(Timeouts.defaults());
              assertThat(config.retryPolicy()).isEqualTo(RetryPolicy.defaults());
              assertThat(config.rateLimit()).isEqualTo(RateLimit.forKeyKind());
              assertThat(config.maxConnections()).isEqualTo(defaults.maxConnections());
              assertThat(config.maxResponseBytes()).isEqualTo(defaults.maxResponseBytes());
              assertThat(config.plaintextHttpToRemoteHosts()).isFalse();
              assertThat(config.callListeners()).isEmpty();
              assertThat(context).hasSingleBean(SiviClient.class).doesNotHaveBean(VertxSiviClient.class);
            });
  }

  @Test
  void bindsEveryProperty() {
    runner
        .withPropertyValues(
            "sivi.api-key=" + Canary.ENTERPRISE_SECRET,
            "sivi.key-kind=enterprise",
            "sivi.base-url=http://proxy.example.test:8080/sivi",
            "sivi.allow-plaintext-http-to-remote-hosts=true",
            "sivi.path-prefix=general",
            "sivi.timeouts.connect=1s",
            "sivi.timeouts.pool-acquire=2s",
            "sivi.timeouts.per-attempt=3s",
            "sivi.timeouts.whole-call=4s",
            "sivi.retry.max-attempts=5",
            "sivi.retry.base-delay=100ms",
            "sivi.retry.max-delay=2s",
            "sivi.retry.budget-tokens=50",
            "sivi.rate-limit.requests-per-minute=42",
            "sivi.max-connections=7",
            "sivi.max-response-size=2MB")
        .run(
            context -> {
              SiviConfig config = context.getBean(SiviConfig.class);
              assertThat(config.apiKey().kind()).isEqualTo(KeyKind.ENTERPRISE_ADMIN);
              assertThat(config.apiKey().reveal()).isEqualTo(Canary.ENTERPRISE_SECRET);
              assertThat(config.baseUrl()).isEqualTo(URI.create("http://proxy.example.test:8080/sivi"));
              assertThat(config.plaintextHttpToRemoteHosts()).isTrue();
              assertThat(config.pathPrefix()).isEqualTo("general");
              assertThat(config.timeouts())
                  .isEqualTo(
                      new Timeouts(
                          Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(4)));
              assertThat(config.retryPolicy())
                  .isEqualTo(new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(2), 50));
              assertThat(config.rateLimit()).isEqualTo(RateLimit.perMinute(42));
              assertThat(config.maxConnections()).isEqualTo(7);
              assertThat(config.maxResponseBytes()).isEqualTo(2L << 20);
            });
  }

  @Test
  void bindsTheProxy() {
    runner
        .withPropertyValues(
            "sivi.api-key=" + Canary.SUPER_USER_SECRET,
            "sivi.proxy.host=proxy.internal",
            "sivi.proxy.port=3128",
            "sivi.proxy.username=svc-sivi",
            "sivi.proxy.password=" + PROXY_PASSWORD,
            "sivi.proxy.no-proxy=*.internal,10.*")
        .run(
            context -> {
              SiviConfig config = context.getBean(SiviConfig.class);
              ProxySettings proxy = config.proxy().orElseThrow();
              assertThat(proxy.host()).isEqualTo("proxy.internal");
              assertThat(proxy.port()).isEqualTo(3128);
              assertThat(proxy.username()).contains("svc-sivi");
              assertThat(proxy.revealPassword()).contains(PROXY_PASSWORD);
              assertThat(proxy.noProxy()).containsExactly("*.internal", "10.*");
              assertThat(context.getBean(SiviProperties.class).toString()).doesNotContain(PROXY_PASSWORD);
              assertThat(config.toString()).doesNotContain(PROXY_PASSWORD);
            });
  }

  @Test
  void proxyFromTheJvmsProperties() {
    runner
        .withPropertyValues("sivi.api-key=" + Canary.SUPER_USER_SECRET, "sivi.proxy.system-properties=true")
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SiviClient.class));
  }

  @Test
  void noProxyUnlessOneIsSet() {
    runner
        .withPropertyValues("sivi.api-key=" + Canary.SUPER_USER_SECRET)
        .run(context -> assertThat(context.getBean(SiviConfig.class).proxy()).isEmpty());
  }

  @Test
  void enterpriseKeyKindPicksTheEnterprisePathFamily() {
    runner
        .withPropertyValues("sivi.api-key=" + Canary.ENTERPRISE_SECRET, "sivi.key-kind=Enterprise-Admin")
        .run(
            context -> {
              SiviConfig config = context.getBean(SiviConfig.class);
              assertThat(config.apiKey()).isEqualTo(Canary.key(KeyKind.ENTERPRISE_ADMIN));
              assertThat(config.pathPrefix()).isEqualTo("enterprise");
            });
  }

  @Test
  void stagingEnvironmentSetsTheStagingBaseUrl() {
    runner
        .withPropertyValues("sivi.api-key=" + Canary.SUPER_USER_SECRET, "sivi.environment=staging")
        .run(context -> assertThat(context.getBean(SiviConfig.class).baseUrl())
            .isEqualTo(SiviEnvironment.STAGING.baseUrl()));
  }

  @Test
  void rateLimitCanBeSwitchedOff() {
    runner
        .withPropertyValues("sivi.api-key=" + Canary.SUPER_USER_SECRET, "sivi.rate-limit.enabled=false")
        .run(context -> assertThat(context.getBean(SiviConfig.class).rateLimit()).isEqualTo(RateLimit.off()));
  }

  @Test
  void aBaseDelayAboveTheDefaultCapRaisesTheCap() {
    runner
        .withPropertyValues("sivi.api-key=" + Canary.SUPER_USER_SECRET, "sivi.retry.base-delay=10s")
        .run(
            context -> {
              RetryPolicy policy = context.getBean(SiviConfig.class).retryPolicy();
              assertThat(policy.baseDelay()).isEqualTo(Duration.ofSeconds(10));
              assertThat(policy.maxDelay()).isEqualTo(Duration.ofSeconds(10));
            });
  }

  @Test
  void blockingClientCallsTheConfiguredServiceAndClosesWithTheContext() {
    AbstractUserId id = AbstractUserId.of("spring-user-1");
    runner
        .withPropertyValues(service.properties())
        .run(
            context -> {
              SiviClient sivi = context.getBean(SiviClient.class);
              assertThat(sivi.loginUser(LoginUserRequest.of(id)).user().id()).isEqualTo(id);
              assertThat(service.fake.user(service.account, id)).isPresent();
              assertThat(service.server.openConnections()).isPositive();
            });
    awaitNoOpenConnections();
  }

  @Test
  void backsOffFromTheApplicationsConfig() {
    SiviConfig own =
        SiviConfig.builder().apiKey(Canary.key(KeyKind.ENTERPRISE_ADMIN)).maxConnections(3).build();
    runner
        .withPropertyValues("sivi.api-key=" + Canary.SUPER_USER_SECRET)
        .withBean(SiviConfig.class, () -> own)
        .run(
            context -> {
              assertThat(context).hasSingleBean(SiviConfig.class);
              assertThat(context.getBean(SiviConfig.class)).isSameAs(own);
            });
  }

  @Test
  void ownConfigNeedsNoProperties() {
    runner
        .withBean(SiviConfig.class, () -> SiviConfig.builder().apiKey(Canary.key(KeyKind.SUPER_USER)).build())
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SiviClient.class));
  }

  @Test
  void backsOffFromTheApplicationsClient() {
    SiviConfig config = SiviConfig.builder().apiKey(Canary.key(KeyKind.SUPER_USER)).build();
    SiviClient own = SiviHttpClient.create(config);
    runner
        .withPropertyValues("sivi.api-key=" + Canary.SUPER_USER_SECRET)
        .withBean("mySivi", SiviClient.class, () -> own)
        .run(
            context -> {
              assertThat(context).hasSingleBean(SiviClient.class);
              assertThat(context.getBean(SiviClient.class)).isSameAs(own);
            });
  }

  @Test
  void vertxClientNeedsAVertxBean() {
    runner
        .withPropertyValues(service.properties())
        .run(context -> assertThat(context).hasSingleBean(SiviClient.class).doesNotHaveBean(VertxSiviClient.class));
  }

  @Test
  void vertxClientRunsOnTheApplicationsVertxAndLeavesItOpen() throws Exception {
    AbstractUserId id = AbstractUserId.of("spring-vertx-user");
    VertxSiviClient[] seen = new VertxSiviClient[1];
    runner
        .withPropertyValues(service.properties())
        .withBean(Vertx.class, () -> vertx, definition -> definition.setDestroyMethodName(""))
        .run(
            context -> {
              assertThat(context).hasSingleBean(VertxSiviClient.class).hasSingleBean(SiviClient.class);
              seen[0] = context.getBean(VertxSiviClient.class);
              assertThat(seen[0].loginUser(LoginUserRequest.of(id)).await(10, TimeUnit.SECONDS).user().id())
                  .isEqualTo(id);
            });
    assertThatThrownBy(() -> seen[0].loginUser(LoginUserRequest.of(id)).await(10, TimeUnit.SECONDS))
        .as("the context closed the client")
        .isInstanceOf(Exception.class);
    try (VertxSiviClient fresh = SiviVertx.create(vertx, service.server.config(service.account))) {
      assertThat(fresh.loginUser(LoginUserRequest.of(id)).await(10, TimeUnit.SECONDS).user().id())
          .as("the application's Vertx still runs")
          .isEqualTo(id);
    }
  }

  @Test
  void noVertxClientWithoutTheVertxTransport() {
    runner
        .withPropertyValues(service.properties())
        .withClassLoader(new FilteredClassLoader(SiviVertx.class))
        .withBean(Vertx.class, () -> vertx, definition -> definition.setDestroyMethodName(""))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(VertxSiviClient.class));
  }

  @Test
  void backsOffFromTheApplicationsVertxClient() {
    runner
        .withPropertyValues(service.properties())
        .withBean(Vertx.class, () -> vertx, definition -> definition.setDestroyMethodName(""))
        .withBean(
            "myVertxSivi",
            VertxSiviClient.class,
            () -> SiviVertx.create(vertx, service.server.config(service.account)))
        .run(
            context -> {
              assertThat(context).hasSingleBean(VertxSiviClient.class);
              assertThat(context).hasBean("myVertxSivi").doesNotHaveBean("vertxSiviClient");
            });
  }

  @Test
  void observesCallsInTheApplicationsRegistries() {
    List<String> observed = new CopyOnWriteArrayList<>();
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(recordingHandler(observed));
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    runner
        .withPropertyValues(service.properties())
        .withBean(ObservationRegistry.class, () -> observations)
        .withBean(SimpleMeterRegistry.class, () -> meters)
        .run(
            context -> {
              assertThat(context).hasBean("siviMicrometerListener");
              assertThat(context.getBean(SiviConfig.class).callListeners()).hasSize(1);
              context.getBean(SiviClient.class).loginUser(LoginUserRequest.of(AbstractUserId.of("observed")));
              assertThat(observed).containsExactly(SiviMicrometer.OBSERVATION);
              assertThat(meters.find(SiviMicrometer.CALLS).meters()).isNotEmpty();
            });
  }

  @Test
  void observesWithAnObservationRegistryAlone() {
    List<String> observed = new CopyOnWriteArrayList<>();
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(recordingHandler(observed));
    runner
        .withPropertyValues(service.properties())
        .withBean(ObservationRegistry.class, () -> observations)
        .run(
            context -> {
              context.getBean(SiviClient.class).loginUser(LoginUserRequest.of(AbstractUserId.of("observed")));
              assertThat(observed).containsExactly(SiviMicrometer.OBSERVATION);
            });
  }

  @Test
  void noListenerWithoutARegistry() {
    runner
        .withPropertyValues(service.properties())
        .run(
            context -> {
              assertThat(context).doesNotHaveBean("siviMicrometerListener");
              assertThat(context.getBean(SiviConfig.class).callListeners()).isEmpty();
            });
  }

  @Test
  void noListenerWhenObservationsAreSwitchedOff() {
    runner
        .withPropertyValues(service.properties("sivi.observations.enabled=false"))
        .withBean(ObservationRegistry.class, ObservationRegistry::create)
        .run(context -> assertThat(context).doesNotHaveBean("siviMicrometerListener"));
  }

  @Test
  void noListenerWithoutTheMicrometerAdapter() {
    runner
        .withPropertyValues(service.properties())
        .withClassLoader(new FilteredClassLoader(SiviMicrometer.class))
        .withBean(ObservationRegistry.class, ObservationRegistry::create)
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("siviMicrometerListener"));
  }

  @Test
  void backsOffFromTheApplicationsMicrometerListenerAndKeepsItsOtherListeners() {
    List<String> observed = new CopyOnWriteArrayList<>();
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(recordingHandler(observed));
    CallListener mine = SiviMicrometer.listener(new SimpleMeterRegistry());
    CallListener audit = event -> CallObserver.none();
    runner
        .withPropertyValues(service.properties())
        .withBean(ObservationRegistry.class, () -> observations)
        .withBean("siviMicrometerListener", CallListener.class, () -> mine)
        .withBean("audit", CallListener.class, () -> audit)
        .run(
            context -> {
              assertThat(context.getBean(SiviConfig.class).callListeners()).containsExactlyInAnyOrder(mine, audit);
              context.getBean(SiviClient.class).loginUser(LoginUserRequest.of(AbstractUserId.of("observed")));
              assertThat(observed).as("the application's listener has no observation registry").isEmpty();
            });
  }

  @Test
  void observesThroughSpringBootsObservationAutoConfiguration() {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration.class,
                SiviAutoConfiguration.class))
        .withPropertyValues(service.properties())
        .run(
            context -> {
              assertThat(context).hasSingleBean(ObservationRegistry.class).hasBean("siviMicrometerListener");
              assertThat(context.getBean(SiviConfig.class).callListeners()).hasSize(1);
            });
  }

  @Test
  void recordsMetersInSpringBootsMeterRegistry() {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration.class,
                org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration.class,
                org.springframework.boot.micrometer.metrics.autoconfigure.export.simple
                    .SimpleMetricsExportAutoConfiguration.class,
                org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration.class,
                SiviAutoConfiguration.class))
        .withPropertyValues(service.properties())
        .run(
            context -> {
              context.getBean(SiviClient.class).loginUser(LoginUserRequest.of(AbstractUserId.of("metered")));
              MeterRegistry meters = context.getBean(MeterRegistry.class);
              assertThat(meters.find(SiviMicrometer.CALLS).timers()).isNotEmpty();
              assertThat(meters.find(SiviMicrometer.CALLS).timer().count()).isEqualTo(1);
            });
  }

  private static ObservationHandler<Observation.Context> recordingHandler(List<String> observed) {
    return new ObservationHandler<>() {
      @Override
      public boolean supportsContext(Observation.Context context) {
        return true;
      }

      @Override
      public void onStop(Observation.Context context) {
        observed.add(context.getName());
      }
    };
  }

  private void awaitNoOpenConnections() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (service.server.openConnections() > 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    assertThat(service.server.openConnections()).as("the context closed the client's connections").isZero();
  }
}
