package dev.sivi4j.testkit.compat;

import dev.sivi4j.testkit.tck.ApiErrorsContract;
import dev.sivi4j.testkit.tck.CallListenerContract;
import dev.sivi4j.testkit.tck.OperationsContract;
import dev.sivi4j.testkit.tck.WireSemanticsContract;
import org.junit.jupiter.api.Nested;

/** The transport TCK's core contracts, run unchanged on each supported JUnit line. */
class TransportTckTest {
  @Nested
  class Operations extends OperationsContract {
    Operations() {
      super(new PublicApacheTransport());
    }
  }

  @Nested
  class WireSemantics extends WireSemanticsContract {
    WireSemantics() {
      super(new PublicApacheTransport());
    }
  }

  @Nested
  class ApiErrors extends ApiErrorsContract {
    ApiErrors() {
      super(new PublicApacheTransport());
    }
  }

  @Nested
  class CallListeners extends CallListenerContract {
    CallListeners() {
      super(new PublicApacheTransport());
    }
  }
}
