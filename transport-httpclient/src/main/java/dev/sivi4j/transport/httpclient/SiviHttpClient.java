package dev.sivi4j.transport.httpclient;

import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.spi.SiviCodec;
import java.util.Objects;
import java.util.Optional;
import dev.sivi4j.transport.httpclient.internal.ApacheHttpTransport;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.jspecify.annotations.Nullable;

/**
 * Creates {@link SiviClient}s on Apache HttpClient 5.
 *
 * <pre>{@code
 * try (SiviClient sivi = SiviHttpClient.create(config)) {
 *   UserLogin login = sivi.loginUser(LoginUserRequest.of(AbstractUserId.of("user-12345")));
 * }
 * }</pre>
 *
 * <p>By default sivi4j creates and owns a pooled client: {@link SiviConfig#maxConnections()}
 * connections in all and to the Sivi host, the connect and pool-acquire timeouts of {@link
 * SiviConfig#timeouts()}, stale pooled connections checked after a second idle, and HttpClient's own
 * retries, redirects and decompression off. Closing the {@code SiviClient} closes that client.
 *
 * <p>Each client is thread-safe and meant to be shared; create one per configuration and close it
 * when the application stops.
 */
public final class SiviHttpClient {
  private SiviHttpClient() {}

  /**
   * A client with sivi4j's own HTTP client and the default JSON codec.
   *
   * @param config the configuration
   * @return the client; close it to release its connections
   */
  public static SiviClient create(SiviConfig config) {
    return builder(config).build();
  }

  /**
   * Starts a client that may use your own HTTP client or codec.
   *
   * @param config the configuration
   * @return a builder
   */
  public static Builder builder(SiviConfig config) {
    return new Builder(config);
  }

  /**
   * Connections for the pool of an HTTP client you bring ({@link Builder#httpClient}) that keep the API
   * key out of HttpClient's DEBUG logs. HttpClient's default connections print every request header,
   * the {@code sivi-api-key} header included, to {@code org.apache.hc.client5.http.headers}, and every
   * byte sent to {@code org.apache.hc.client5.http.wire}; these print neither, and read responses
   * strictly. sivi4j's own client always uses them. Set them with {@code
   * PoolingHttpClientConnectionManagerBuilder.setConnectionFactory(SiviHttpClient.quietConnections())}.
   *
   * @return a shared, stateless connection factory
   */
  public static HttpConnectionFactory<ManagedHttpClientConnection> quietConnections() {
    return ApacheHttpTransport.quietConnections();
  }

  /** Builds a {@link SiviClient}. Only the configuration is required. */
  public static final class Builder {
    private final SiviConfig config;
    private @Nullable CloseableHttpClient httpClient;
    private @Nullable SiviCodec codec;

    private Builder(SiviConfig config) {
      this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Sends requests through your client instead of one sivi4j creates. sivi4j never closes it.
     * Every sivi4j request carries its own {@code RequestConfig} (which replaces your client's default
     * one for that request): response and pool-acquire timeouts from the configuration, redirects off.
     * The connect timeout, pool size, proxy and TLS are yours. Build it with {@code
     * disableAutomaticRetries()}: sivi4j retries itself, by its {@link dev.sivi4j.RetryPolicy}.
     *
     * @param userClient your client
     * @return this builder
     */
    public Builder httpClient(CloseableHttpClient userClient) {
      this.httpClient = Objects.requireNonNull(userClient, "httpClient");
      return this;
    }

    /**
     * Uses another JSON codec instead of the default Gson one.
     *
     * @param codec the codec
     * @return this builder
     */
    public Builder codec(SiviCodec codec) {
      this.codec = Objects.requireNonNull(codec, "codec");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client; close it to release what sivi4j created
     */
    public SiviClient build() {
      return component().client();
    }

    HttpClientComponent component() {
      return HttpClientComponent.create(config, Optional.ofNullable(httpClient), Optional.ofNullable(codec));
    }
  }
}
