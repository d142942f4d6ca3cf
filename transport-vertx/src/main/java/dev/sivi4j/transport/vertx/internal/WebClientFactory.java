package dev.sivi4j.transport.vertx.internal;

import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import io.vertx.core.Vertx;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The Web Client sivi4j creates when the user brings none, with every Vert.x default that does not
 * suit an API client replaced: redirects off (the API key header would follow them), a bounded connect
 * timeout instead of 60 s, a pool of {@link SiviConfig#maxConnections()} instead of 5, idle
 * connections closed, no decompression, host names verified and never trust-all.
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
        // A connection quiet for longer than any call may last is stale: close it rather than reuse it.
        .setIdleTimeout(intMillis(timeouts.wholeCall()))
        .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
        .setKeepAlive(true)
        .setDecompressionSupported(false)
        .setVerifyHost(true)
        .setTrustAll(false)
        // sivi4j sends its own User-Agent.
        .setUserAgentEnabled(false);
  }

  private static int intMillis(Duration duration) {
    return (int) Math.min(Integer.MAX_VALUE, VertxScheduler.timerMillis(duration));
  }
}
