package dev.sivi4j.transport.vertx.internal;

import dev.sivi4j.ProxySettings;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import io.vertx.core.Vertx;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.ProxyType;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Duration;

/**
 * The Web Client sivi4j creates when the user brings none, with every Vert.x default that does not
 * suit an API client replaced: redirects off (the API key header would follow them), a bounded connect
 * timeout instead of 60 s, a pool of {@link SiviConfig#maxConnections()} instead of 5, pooled
 * connections closed once unused for longer than a call may last, no decompression, host names
 * verified and never trust-all.
 */
final class WebClientFactory {
  private WebClientFactory() {}

  static WebClient create(Vertx vertx, SiviConfig config) {
    return WebClient.create(vertx, options(config), new PoolOptions().setHttp1MaxSize(config.maxConnections()));
  }

  static WebClientOptions options(SiviConfig config) {
    Timeouts timeouts = config.timeouts();
    return new WebClientOptions()
        .setFollowRedirects(false)
        .setConnectTimeout(intMillis(timeouts.connect()))
        .setKeepAlive(true)
        // A pooled connection unused for longer than any call may last is stale: the pool closes it rather
        // than reuse it. The pool's cleaner does this, which costs nothing per request, unlike an idle
        // timeout on the connection; a connection in use is bounded by its attempt's deadline instead.
        .setKeepAliveTimeout(keepAliveSeconds(timeouts.wholeCall()))
        .setDecompressionSupported(false)
        // Host names verified and never trust-all are Vert.x's defaults, and are left so: calling their
        // setters, even with the default values, creates the client's own SSL options, which Vert.x then
        // hashes into the pool key of every request, plain http ones too.
        // sivi4j sends its own User-Agent.
        .setUserAgentEnabled(false);
  }

  /**
   * The Vert.x form of sivi4j's proxy: an HTTP proxy, {@code CONNECT} for https, Basic credentials if
   * given, and the connect timeout for the proxy's answer to {@code CONNECT}.
   */
  static ProxyOptions proxyOptions(ProxySettings proxy, Timeouts timeouts) {
    ProxyOptions options = new ProxyOptions()
        .setType(ProxyType.HTTP)
        .setHost(proxy.host())
        .setPort(proxy.port())
        .setConnectTimeout(timeouts.connect());
    proxy.username().ifPresent(options::setUsername);
    proxy.revealPassword().ifPresent(options::setPassword);
    return options;
  }

  /** Whole seconds, rounded up, at least 1: Vert.x counts the keep-alive timeout in seconds. */
  static int keepAliveSeconds(Duration duration) {
    long millis = VertxScheduler.timerMillis(duration);
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (millis + 999) / 1000));
  }

  private static int intMillis(Duration duration) {
    return (int) Math.min(Integer.MAX_VALUE, VertxScheduler.timerMillis(duration));
  }
}
