package dev.sivi4j.transport.httpclient.internal;

import dev.sivi4j.ProxySettings;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.spi.Header;
import dev.sivi4j.spi.TransportRequest;
import java.time.Duration;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * How sivi4j configures Apache HttpClient: the pool and client it creates when the user brings none,
 * and each attempt's request. HttpClient's own retries, redirects and decompression are off (the
 * pipeline owns retries; a redirect could carry the key elsewhere); TLS keeps the JDK trust store and
 * HttpClient's default hostname verifier. Its connections neither log the key nor skip garbage
 * responses ({@link QuietConnection}). With {@link SiviConfig#proxy()} set, the client routes through
 * the proxy ({@code CONNECT} for https) and answers its Basic challenge with the proxy's credentials,
 * which are the only ones it holds: authentication is on for the proxy alone.
 */
final class ApacheClients {
  /** Pooled connections idle longer than this are checked before reuse: the server may have closed them. */
  static final TimeValue VALIDATE_AFTER_INACTIVITY = TimeValue.ofSeconds(1);

  private ApacheClients() {}

  /**
   * A pool of {@code maxConnections} in all and per route: every call goes to one host, so HttpClient's
   * default of 5 per route would be the real limit.
   */
  static PoolingHttpClientConnectionManager pool(SiviConfig config) {
    return pool(config, DefaultClientTlsStrategy.createSystemDefault());
  }

  /** The pool, with another TLS strategy (a test's trust store). */
  static PoolingHttpClientConnectionManager pool(SiviConfig config, TlsSocketStrategy tls) {
    return PoolingHttpClientConnectionManagerBuilder.create()
        .setMaxConnTotal(config.maxConnections())
        .setMaxConnPerRoute(config.maxConnections())
        .setConnectionFactory(QuietConnectionFactory.INSTANCE)
        .setTlsSocketStrategy(tls)
        .setDefaultConnectionConfig(
            ConnectionConfig.custom()
                .setConnectTimeout(timeout(config.timeouts().connect()))
                .setValidateAfterInactivity(VALIDATE_AFTER_INACTIVITY)
                .build())
        .build();
  }

  /** A client over the pool, which it owns and closes with itself. */
  static CloseableHttpClient client(
      PoolingHttpClientConnectionManager pool, RequestConfig defaults, @Nullable ProxySettings proxy) {
    HttpClientBuilder builder =
        HttpClients.custom()
            .setConnectionManager(pool)
            .setDefaultRequestConfig(defaults)
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableContentCompression()
            .disableCookieManagement()
            .disableAuthCaching();
    if (proxy != null) {
      HttpHost proxyHost = new HttpHost("http", proxy.host(), proxy.port());
      builder.setProxy(proxyHost);
      BasicCredentialsProvider credentials = new BasicCredentialsProvider();
      proxy.username().ifPresent(user -> credentials.setCredentials(
          new AuthScope(proxyHost), new UsernamePasswordCredentials(user, proxy.revealPassword().orElseThrow().toCharArray())));
      // Only the proxy's scope has credentials: a server's own challenge finds none and is answered as is.
      builder.setDefaultCredentialsProvider(credentials);
    }
    return builder.build();
  }

  /**
   * The request settings every attempt starts from; they also apply to a user's client, whose own
   * defaults a per-request config replaces.
   */
  static RequestConfig requestDefaults(SiviConfig config) {
    boolean proxyCredentials = config.proxy().flatMap(ProxySettings::username).isPresent();
    return RequestConfig.custom()
        .setConnectionRequestTimeout(timeout(config.timeouts().poolAcquire()))
        .setResponseTimeout(timeout(config.timeouts().perAttempt()))
        .setRedirectsEnabled(false)
        .setContentCompressionEnabled(false)
        .setAuthenticationEnabled(proxyCredentials)
        .build();
  }

  /** The {@code POST} of one attempt, with its headers, body and response timeout. */
  static HttpPost post(TransportRequest request, RequestConfig defaults) {
    HttpPost post = new HttpPost(request.uri());
    Timeout responseTimeout = timeout(request.timeout());
    // Most attempts have the full per-attempt timeout, which the defaults already carry.
    post.setConfig(
        sameMillis(responseTimeout, defaults.getResponseTimeout())
            ? defaults
            : RequestConfig.copy(defaults).setResponseTimeout(responseTimeout).build());
    for (Header header : request.headers()) {
      post.addHeader(new BasicHeader(header.name(), header.value(), header.sensitive()));
    }
    // The Content-Type header from the pipeline wins; the entity's type is only a fallback.
    post.setEntity(new ByteArrayEntity(request.body(), ContentType.APPLICATION_JSON));
    return post;
  }

  private static boolean sameMillis(Timeout timeout, @Nullable Timeout other) {
    return other != null && timeout.toMilliseconds() == other.toMilliseconds();
  }

  /** A timeout of at least 1 ms: HttpClient reads 0 as "wait forever". */
  static Timeout timeout(Duration duration) {
    long millis = duration.toMillis() + (duration.toNanosPart() % 1_000_000 == 0 ? 0 : 1);
    return Timeout.ofMilliseconds(Math.max(1, millis));
  }
}
