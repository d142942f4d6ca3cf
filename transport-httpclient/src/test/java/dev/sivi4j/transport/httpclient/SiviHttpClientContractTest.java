package dev.sivi4j.transport.httpclient;

import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.testkit.contract.ApiErrorsContract;
import dev.sivi4j.testkit.contract.LimitsContract;
import dev.sivi4j.testkit.contract.OperationsContract;
import org.junit.jupiter.api.Nested;

/** {@link SiviHttpClient} passes the transport contracts, against real loopback servers. */
class SiviHttpClientContractTest {
  @Nested
  class Operations extends OperationsContract {
    private final ApacheClientsUnderTest clients = new ApacheClientsUnderTest();

    @Override
    protected SiviClient newClient(SiviConfig config) {
      return clients.create(config);
    }

    @Override
    protected void assertNoConnectionLeaks() throws Exception {
      clients.assertNoLeaksThenCloseUserClients();
    }
  }

  @Nested
  class ApiErrors extends ApiErrorsContract {
    private final ApacheClientsUnderTest clients = new ApacheClientsUnderTest();

    @Override
    protected SiviClient newClient(SiviConfig config) {
      return clients.create(config);
    }

    @Override
    protected void assertNoConnectionLeaks() throws Exception {
      clients.assertNoLeaksThenCloseUserClients();
    }
  }

  @Nested
  class Limits extends LimitsContract {
    private final ApacheClientsUnderTest clients = new ApacheClientsUnderTest();

    @Override
    protected SiviClient newClient(SiviConfig config) {
      return clients.create(config);
    }

    @Override
    protected void assertNoConnectionLeaks() throws Exception {
      clients.assertNoLeaksThenCloseUserClients();
    }
  }
}
