package dev.sivi4j.transport.httpclient;

import dev.sivi4j.testkit.tck.ApiErrorsContract;
import dev.sivi4j.testkit.tck.CallListenerContract;
import dev.sivi4j.testkit.tck.LimitsContract;
import dev.sivi4j.testkit.tck.OperationsContract;
import dev.sivi4j.testkit.tck.WireSemanticsContract;
import org.junit.jupiter.api.Nested;

/** {@link SiviHttpClient} passes the transport contracts, against real loopback servers. */
class SiviHttpClientContractTest {
  @Nested
  class Operations extends OperationsContract {
    Operations() {
      super(new ApacheClientsUnderTest());
    }
  }

  @Nested
  class ApiErrors extends ApiErrorsContract {
    ApiErrors() {
      super(new ApacheClientsUnderTest());
    }
  }

  @Nested
  class Limits extends LimitsContract {
    Limits() {
      super(new ApacheClientsUnderTest());
    }
  }

  @Nested
  class WireSemantics extends WireSemanticsContract {
    WireSemantics() {
      super(new ApacheClientsUnderTest());
    }
  }

  @Nested
  class CallListeners extends CallListenerContract {
    CallListeners() {
      super(new ApacheClientsUnderTest());
    }
  }
}
