package dev.sivi4j.examples.transport;

import dev.sivi4j.testkit.tck.ApiErrorsContract;
import dev.sivi4j.testkit.tck.CallListenerContract;
import dev.sivi4j.testkit.tck.LimitsContract;
import dev.sivi4j.testkit.tck.LoadFaultsContract;
import dev.sivi4j.testkit.tck.NetworkFaultsContract;
import dev.sivi4j.testkit.tck.OperationsContract;
import dev.sivi4j.testkit.tck.ResponseFaultsContract;
import dev.sivi4j.testkit.tck.SmallHeapContract;
import dev.sivi4j.testkit.tck.TlsAndRoutingFaultsContract;
import dev.sivi4j.testkit.tck.WireSemanticsContract;
import org.junit.jupiter.api.Nested;

/**
 * The transport TCK, run through {@link JdkHttpTransport} against the testkit's fake and scripted
 * loopback servers, as a team writing its own transport would run it.
 *
 * <p>Every contract runs but {@code ProxyContract}: this transport has no proxy support (it refuses a
 * configuration that names one).
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

  /** A 100 MiB body under a 64 MiB heap ends at the cap, in a child JVM ({@link OversizedBodyChild}). */
  @Nested
  class SmallHeap extends SmallHeapContract {
    @Override
    protected Class<?> childMain() {
      return OversizedBodyChild.class;
    }
  }
}
