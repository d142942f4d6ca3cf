package dev.sivi4j.transport.vertx;

import dev.sivi4j.testkit.tck.ProxyContract;
import dev.sivi4j.transport.vertx.testing.WatchedVertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link VertxSiviClient} through a real forward proxy (tinyproxy) on loopback, on a Vert.x whose event
 * loops may not be held more than 100 ms.
 */
class VertxSiviClientProxyTest extends ProxyContract {
  private static WatchedVertx watched;

  VertxSiviClientProxyTest() {
    super(new VertxClientsUnderTest(watched.vertx()));
  }

  @BeforeAll
  static void startVertx() throws Exception {
    WarmUp.once();
    watched = WatchedVertx.start();
  }

  @AfterAll
  static void stopVertxWithoutStalls() throws Exception {
    watched.close();
  }
}
