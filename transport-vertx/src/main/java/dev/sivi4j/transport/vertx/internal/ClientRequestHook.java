package dev.sivi4j.transport.vertx.internal;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.impl.ClientPhase;
import io.vertx.ext.web.client.impl.HttpContext;

/**
 * A Web Client interceptor that hands each sivi4j request's {@link HttpClientRequest} to its {@link
 * Attempt}, so that an abort can reset it. The interceptor is the only way the Web Client gives to the
 * request it creates; its types live in the Web Client's {@code impl} package because {@link
 * WebClient#addInterceptor} names them, and this class is the only one that touches them.
 *
 * <p>The Web Client's module does not export that package. On the class path that does not matter; on
 * the module path the hook is installed only when the application opens it with {@code --add-exports
 * io.vertx.web.client/io.vertx.ext.web.client.impl=dev.sivi4j.transport.vertx}, and without it an aborted
 * request is freed by its idle timeout instead of at once.
 *
 * <p>It is stateless and shared: a sivi4j request is recognised by its body codec, which carries the
 * attempt, and every other request, such as a user's own on a Web Client they share with sivi4j,
 * passes through untouched.
 */
final class ClientRequestHook implements Handler<HttpContext<?>> {
  private static final ClientRequestHook INSTANCE = new ClientRequestHook();
  private static final String IMPL_PACKAGE = "io.vertx.ext.web.client.impl";

  private ClientRequestHook() {}

  /**
   * Adds the hook to a Web Client. The Web Client refuses a second interceptor of the same class,
   * which means another sivi4j client on it already added this one.
   *
   * @return whether sivi4j's requests on this Web Client can be reset; false for a Web Client
   *     implementation that takes no interceptors, or when the interceptor types are not accessible
   */
  static boolean installOn(WebClient client) {
    if (!interceptorTypesAccessible()) {
      // Installed anyway, the hook would fail every request of the Web Client with IllegalAccessError.
      return false;
    }
    try {
      client.addInterceptor(INSTANCE);
      return true;
    } catch (IllegalStateException alreadyInstalled) {
      return true;
    } catch (RuntimeException interceptorsNotSupported) {
      return false;
    }
  }

  /** Whether this module may use the Web Client's interceptor types: always on the class path. */
  static boolean interceptorTypesAccessible() {
    return WebClient.class.getModule().isExported(IMPL_PACKAGE, ClientRequestHook.class.getModule());
  }

  @Override
  public void handle(HttpContext<?> context) {
    if (context.phase() == ClientPhase.SEND_REQUEST && context.request().bodyCodec() instanceof CappedBody body) {
      HttpClientRequest request = context.clientRequest();
      if (request != null) {
        body.attempt().attach(request);
      }
    }
    context.next();
  }
}
