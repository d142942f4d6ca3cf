package dev.sivi4j.opentelemetry;

import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.error.SiviException;
import dev.sivi4j.transport.httpclient.SiviHttpClient;
import dev.sivi4j.transport.vertx.SiviVertx;
import dev.sivi4j.transport.vertx.VertxSiviClient;
import io.vertx.core.Vertx;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/** The two sivi4j transports, each running one login-user call against a fake over loopback. */
enum Transport {
  HTTPCLIENT,
  VERTX;

  private static final Vertx VERTX_INSTANCE = Vertx.vertx();

  static Vertx vertx() {
    return VERTX_INSTANCE;
  }

  /** The call's login, or the sivi4j exception it failed with. */
  Object login(SiviConfig config, AbstractUserId user) throws InterruptedException, TimeoutException {
    LoginUserRequest request = LoginUserRequest.of(user);
    if (this == HTTPCLIENT) {
      try (var client = SiviHttpClient.create(config)) {
        return client.loginUser(request);
      } catch (SiviException e) {
        return e;
      }
    }
    try (VertxSiviClient client = SiviVertx.create(VERTX_INSTANCE, config)) {
      return client.asAsyncClient().loginUser(request).toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return failure(e);
    }
  }

  static Object failure(ExecutionException e) {
    if (e.getCause() instanceof SiviException sivi) {
      return sivi;
    }
    throw new AssertionError("not a sivi4j failure", e);
  }

  static @Nullable UserLogin asLogin(Object outcome) {
    return outcome instanceof UserLogin login ? login : null;
  }
}
