package dev.sivi4j.spring.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.KeyKind;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.spring.SiviAutoConfiguration;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeSiviServer;
import dev.sivi4j.testkit.tck.Canary;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.ContextCustomizer;

class FakeSiviContextCustomizerTest {
  @Test
  void onlyAnnotatedTestClassesGetAFake() {
    FakeSiviContextCustomizerFactory factory = new FakeSiviContextCustomizerFactory();
    assertThat(factory.createContextCustomizer(Plain.class, List.of())).isNull();
    assertThat(factory.createContextCustomizer(Enterprise.class, List.of()))
        .isEqualTo(new FakeSiviContextCustomizer(KeyKind.ENTERPRISE_ADMIN, Canary.ENTERPRISE_SECRET, 50))
        .isNotEqualTo(new FakeSiviContextCustomizer(KeyKind.SUPER_USER, "", 10_000));
  }

  @Test
  void givenKeyAndKindReachTheFakeAndTheServerStopsWithTheContext() throws Exception {
    ContextCustomizer customizer =
        new FakeSiviContextCustomizerFactory().createContextCustomizer(Enterprise.class, List.of());
    assertThat(customizer.toString()).doesNotContain(Canary.ENTERPRISE_SECRET);
    FakeSiviServer server;
    try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
      customizer.customizeContext(context, null);
      context.register(App.class);
      context.refresh();
      server = context.getBean(FakeSiviServer.class);
      FakeAccount account = context.getBean(FakeAccount.class);
      SiviConfig config = context.getBean(SiviConfig.class);
      assertThat(account.secret()).isEqualTo(Canary.ENTERPRISE_SECRET);
      assertThat(account.creditsPerCycle()).isEqualTo(50);
      assertThat(config.apiKey()).isEqualTo(Canary.key(KeyKind.ENTERPRISE_ADMIN));
      assertThat(config.pathPrefix()).isEqualTo("enterprise");
      assertThat(context.getEnvironment().getPropertySources().toString()).doesNotContain(Canary.ENTERPRISE_SECRET);

      AbstractUserId id = AbstractUserId.of("analysed");
      SiviClient sivi = context.getBean(SiviClient.class);
      sivi.loginUser(LoginUserRequest.of(id));
      assertThat(sivi.accountAnalysis(id)).isNotNull();
      assertThat(accepts(server.port())).isTrue();
    }
    assertThat(accepts(server.port())).as("the server stopped with the context").isFalse();
  }

  @Test
  void drawnKeyIsGivenToTheApplication() {
    try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
      new FakeSiviContextCustomizer(KeyKind.SUPER_USER, "", 10_000).customizeContext(context, null);
      context.register(App.class);
      context.refresh();
      FakeAccount account = context.getBean(FakeAccount.class);
      assertThat(context.getBean(SiviConfig.class).apiKey()).isEqualTo(account.apiKey());
      assertThat(context.getBean(SiviConfig.class).pathPrefix()).isEqualTo("super");
    }
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }

  static class Plain {}

  @AutoConfigureFakeSivi(keyKind = KeyKind.ENTERPRISE_ADMIN, key = Canary.ENTERPRISE_SECRET, creditsPerCycle = 50)
  static class Enterprise {}

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration(SiviAutoConfiguration.class)
  static class App {}
}
