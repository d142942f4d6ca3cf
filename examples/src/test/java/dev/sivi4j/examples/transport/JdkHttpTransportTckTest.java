package dev.sivi4j.examples.transport;

import dev.sivi4j.testkit.tck.ApiErrorsContract;
import dev.sivi4j.testkit.tck.CallListenerContract;
import dev.sivi4j.testkit.tck.LimitsContract;
import dev.sivi4j.testkit.tck.LoadFaultsContract;
import dev.sivi4j.testkit.tck.NetworkFaultsContract;
import dev.sivi4j.testkit.tck.OperationsContract;
import dev.sivi4j.testkit.tck.ResponseFaultsContract;
import dev.sivi4j.testkit.tck.TlsAndRoutingFaultsContract;
import dev.sivi4j.testkit.tck.WireSemanticsContract;
import org.junit.jupiter.api.Nested;

/**
 * The transport TCK, run through {@link JdkHttpTransport} against the testkit's fake and scripted
 * loopback servers, as a team writing its own transport would run it.
 *
 * <p>Left out: {@code ProxyContract}, since this transport has no proxy support (it refuses a
 * configuration that names one), and {@code SmallHeapContract}, which runs a child JVM on a small heap
 * with a main class of the transport's own and proves nothing more about the seam.
 */
class JdkHttpTransportTckTest {
  @Nested
  class Operations extends OperationsContract {
    Operations() {
      super(new JdkClientsUnderTest());
    }
  }

  @Nested
  class WireSemantics extends WireSemanticsContract {
    WireSemantics() {
      super(new JdkClientsUnderTest());
    }
  }

  @Nested
  class ApiErrors extends ApiErrorsContract {
    ApiErrors() {
      super(new JdkClientsUnderTest());
    }
  }

  @Nested
  class Limits extends LimitsContract {
    Limits() {
      super(new JdkClientsUnderTest());
    }
  }

  @Nested
  class CallListeners extends CallListenerContract {
    CallListeners() {
      super(new JdkClientsUnderTest());
    }
  }

  @Nested
  class NetworkFaults extends NetworkFaultsContract {
    NetworkFaults() {
      super(new JdkClientsUnderTest());
    }
  }

  @Nested
  class ResponseFaults extends ResponseFaultsContract {
    ResponseFaults() {
      super(new JdkClientsUnderTest());
    }
  }

  @Nested
  class TlsAndRoutingFaults extends TlsAndRoutingFaultsContract {
    TlsAndRoutingFaults() {
      super(new JdkClientsUnderTest());
    }
  }

  @Nested
  class LoadFaults extends LoadFaultsContract {
    LoadFaults() {
      super(new JdkClientsUnderTest());
    }
  }
}
