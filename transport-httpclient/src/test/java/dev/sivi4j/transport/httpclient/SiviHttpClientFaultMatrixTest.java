package dev.sivi4j.transport.httpclient;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.testkit.tck.Canary;
import dev.sivi4j.testkit.tck.LoadFaultsContract;
import dev.sivi4j.testkit.tck.NetworkFaultsContract;
import dev.sivi4j.testkit.tck.ResponseFaultsContract;
import dev.sivi4j.testkit.tck.TlsAndRoutingFaultsContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/**
 * The fault matrix, F1 to F22, on {@link SiviHttpClient}, run with canary keys while every log line
 * (sivi4j's own and HttpClient's wire and header logs at TRACE through SLF4J, anything else through JUL)
 * is scanned; afterwards the keys must appear in no log line, no exception and no {@code toString}.
 *
 * <p>The TLS cells also run on a {@code CloseableHttpClient} built the way a user would build one,
 * its pool on {@link SiviHttpClient#quietConnections()} as that method's documentation asks.
 */
class SiviHttpClientFaultMatrixTest {
  private static AutoCloseable julCapture;

  @BeforeAll
  static void captureLogs() {
    julCapture = Canary.captureJulLogs();
  }

  @AfterAll
  static void canaryKeysAppearNowhere() throws Exception {
    julCapture.close();
    try {
      PublicTypes.scanToStrings();
    } finally {
      assertThat(Canary.leaks()).as("places a canary key appeared").isEmpty();
    }
    assertThat(Canary.logLines("org.apache.hc.client5.http")).as("HttpClient log lines scanned").isPositive();
    assertThat(Canary.logLines("dev.sivi4j")).as("sivi4j log lines scanned").isPositive();
  }

  @Nested
  class Network extends NetworkFaultsContract {
    Network() {
      super(new ApacheClientsUnderTest());
    }
  }

  @Nested
  class Responses extends ResponseFaultsContract {
    Responses() {
      super(new ApacheClientsUnderTest());
    }
  }

  @Nested
  class TlsAndRouting extends TlsAndRoutingFaultsContract {
    TlsAndRouting() {
      super(new ApacheClientsUnderTest());
    }
  }

  @Nested
  class Load extends LoadFaultsContract {
    Load() {
      super(new ApacheClientsUnderTest());
    }
  }
}
