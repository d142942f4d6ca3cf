package dev.sivi4j.transport.vertx.internal;

import io.vertx.core.http.HttpClientRequest;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

/** A stand-in for the Vert.x request an attempt sends, counting how often it was reset. */
final class ResetCounter {
  private final AtomicInteger resets = new AtomicInteger();
  private final HttpClientRequest request =
      (HttpClientRequest)
          Proxy.newProxyInstance(
              HttpClientRequest.class.getClassLoader(),
              new Class<?>[] {HttpClientRequest.class},
              (proxy, method, args) -> {
                if (method.getName().equals("reset")) {
                  resets.incrementAndGet();
                }
                return null;
              });

  HttpClientRequest request() {
    return request;
  }

  int resets() {
    return resets.get();
  }
}
