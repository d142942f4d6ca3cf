package dev.sivi4j.transport.httpclient.internal;

import dev.sivi4j.SiviConfig;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;

/** sivi4j's own transport, as {@link ApacheHttpTransport#create(SiviConfig)} builds it, on a test's trust store. */
public final class TrustingTransports {
  private TrustingTransports() {}

  /**
   * The transport sivi4j creates from {@code config}, its proxy settings included, trusting {@code tls}.
   *
   * @param config the configuration
   * @param tls the TLS context of the test's trust store
   * @return the transport
   */
  public static ApacheHttpTransport create(SiviConfig config, SSLContext tls) {
    return ApacheHttpTransport.create(config, new DefaultClientTlsStrategy(tls));
  }
}
