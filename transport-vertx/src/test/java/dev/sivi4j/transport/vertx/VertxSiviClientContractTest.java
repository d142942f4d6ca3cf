package dev.sivi4j.transport.vertx;

import dev.sivi4j.testkit.tck.ApiErrorsContract;
import dev.sivi4j.testkit.tck.CallListenerContract;
import dev.sivi4j.testkit.tck.LimitsContract;
import dev.sivi4j.testkit.tck.OperationsContract;
import dev.sivi4j.testkit.tck.WireSemanticsContract;
import dev.sivi4j.transport.vertx.testing.WatchedVertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/**
 * {@link VertxSiviClient} passes the transport contracts against real loopback servers, on a Vert.x
 * whose event loops may not be held more than 100 ms.
 */
class VertxSiviClientContractTest {
  private static WatchedVertx watched;

  @BeforeAll
  static void startVertx() throws Exception {
    WarmUp.once();
    watched = WatchedVertx.start();
  }

  @AfterAll
  static void stopVertxWithoutStalls() throws Exception {
    watched.close();
  }

  @Nested
  class Operations extends OperationsContract {
    Operations() {
      super(new VertxClientsUnderTest(watched.vertx()));
    }
  }

  @Nested
  class ApiErrors extends ApiErrorsContract {
    ApiErrors() {
      super(new VertxClientsUnderTest(watched.vertx()));
    }
  }

  @Nested
  class Limits extends LimitsContract {
    Limits() {
      super(new VertxClientsUnderTest(watched.vertx()));
    }
  }

  @Nested
  class WireSemantics extends WireSemanticsContract {
    WireSemantics() {
      super(new VertxClientsUnderTest(watched.vertx()));
    }
  }

  @Nested
  class CallListeners extends CallListenerContract {
    CallListeners() {
      super(new VertxClientsUnderTest(watched.vertx()));
    }
  }
}
