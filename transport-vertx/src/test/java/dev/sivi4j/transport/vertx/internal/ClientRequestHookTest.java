package dev.sivi4j.transport.vertx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import java.lang.reflect.Proxy;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClientRequestHookTest {
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void closeVertx() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  @Test
  void installsOnAWebClientOnceHoweverManyClientsShareIt() {
    WebClient client = WebClient.create(vertx);
    try {
      assertThat(ClientRequestHook.installOn(client)).isTrue();
      // The Web Client refuses a second interceptor of the same class; the hook is there already.
      assertThat(ClientRequestHook.installOn(client)).isTrue();
    } finally {
      client.close();
    }
  }

  @Test
  void seesTheInterceptorTypesOnTheClassPath() {
    // The unnamed module reads everything; only a module-path run without --add-exports hides them.
    assertThat(ClientRequestHook.class.getModule().isNamed()).isFalse();
    assertThat(ClientRequestHook.interceptorTypesAccessible()).isTrue();
  }

  @Test
  void reportsAWebClientThatTakesNoInterceptor() {
    WebClient refusing =
        (WebClient)
            Proxy.newProxyInstance(
                WebClient.class.getClassLoader(),
                new Class<?>[] {WebClient.class},
                (proxy, method, args) -> {
                  throw new IllegalArgumentException("interceptors are not supported here");
                });

    assertThat(ClientRequestHook.installOn(refusing)).isFalse();
  }
}
