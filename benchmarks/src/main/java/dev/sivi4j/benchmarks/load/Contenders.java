package dev.sivi4j.benchmarks.load;

import dev.sivi4j.SiviConfig;
import dev.sivi4j.benchmarks.BenchConfig;
import dev.sivi4j.benchmarks.Observability;
import dev.sivi4j.transport.httpclient.SiviHttpClient;
import dev.sivi4j.transport.vertx.SiviVertx;
import io.vertx.core.Vertx;
import java.util.Locale;

/**
 * Builds the client pairs the options name, all on one server URL and one pool size.
 *
 * <p>The primary pairs, {@code apache} and {@code vertx}, measure sivi4j against the leanest correct
 * raw call ({@link LeanApacheContender}, {@link LeanVertxContender}); the Vert.x ones, raw and sivi4j
 * alike, run on a {@code Vertx} with one event loop, so that CPU spent per call shows in throughput.
 * The {@code -careful} pairs measure it against a raw client configured as a careful user would
 * ({@link RawApacheContender}, {@link RawVertxContender}: timeouts on every request, an absolute URL per
 * request), on the {@code --client-threads} {@code Vertx}. The {@code -aa} pairs measure a raw client
 * against a second copy of itself, which tells what ratio noise alone gives.
 */
final class Contenders {
  private final Vertx vertx;
  private final Vertx leanVertx;
  private final BenchServer server;
  private final int pool;

  /**
   * @param vertx the {@code Vertx} of the careful and observability pairs
   * @param leanVertx the one-event-loop {@code Vertx} of the lean pairs, raw and sivi4j alike
   */
  Contenders(Vertx vertx, Vertx leanVertx, BenchServer server, int pool) {
    this.vertx = vertx;
    this.leanVertx = leanVertx;
    this.server = server;
    this.pool = pool;
  }

  Pair pair(String name) {
    return switch (name) {
      case "apache" -> new Pair(
          name,
          new LeanApacheContender("lean-apache", server, pool),
          new SiviBlockingContender("sivi4j-apache", SiviHttpClient.create(config())));
      case "vertx" -> new Pair(
          name,
          new LeanVertxContender("lean-vertx", leanVertx, server, pool),
          new SiviVertxContender(SiviVertx.create(leanVertx, config())));
      case "apache-aa" -> new Pair(
          name,
          new LeanApacheContender("lean-apache", server, pool),
          new LeanApacheContender("lean-apache-2", server, pool));
      case "vertx-aa" -> new Pair(
          name,
          new LeanVertxContender("lean-vertx", leanVertx, server, pool),
          new LeanVertxContender("lean-vertx-2", leanVertx, server, pool));
      case "apache-careful" -> new Pair(
          name,
          new RawApacheContender("raw-apache", server, pool),
          new SiviBlockingContender("sivi4j-apache", SiviHttpClient.create(config())));
      case "vertx-careful" -> new Pair(
          name,
          new RawVertxContender("raw-vertx", vertx, server, pool),
          new SiviVertxContender(SiviVertx.create(vertx, config())));
      case "apache-careful-aa" -> new Pair(
          name,
          new RawApacheContender("raw-apache", server, pool),
          new RawApacheContender("raw-apache-2", server, pool));
      case "vertx-careful-aa" -> new Pair(
          name,
          new RawVertxContender("raw-vertx", vertx, server, pool),
          new RawVertxContender("raw-vertx-2", vertx, server, pool));
      case "apache-micrometer" -> observed(name, false, Observability.MICROMETER);
      case "apache-opentelemetry" -> observed(name, false, Observability.OPENTELEMETRY);
      case "vertx-micrometer" -> observed(name, true, Observability.MICROMETER);
      case "vertx-opentelemetry" -> observed(name, true, Observability.OPENTELEMETRY);
      default -> throw new IllegalArgumentException("unknown pair \"" + name + "\"");
    };
  }

  /** sivi4j without a listener in the first slot, and with the adapter's in the second. */
  private Pair observed(String name, boolean vertxStack, Observability observability) {
    SiviConfig observedConfig = config().toBuilder().callListeners(observability.listeners()).build();
    String label = "sivi4j-" + (vertxStack ? "vertx" : "apache");
    String observedLabel = label + "+" + observability.name().toLowerCase(Locale.ROOT);
    return vertxStack
        ? new Pair(
            name,
            new SiviVertxContender(label, SiviVertx.create(vertx, config())),
            new SiviVertxContender(observedLabel, SiviVertx.create(vertx, observedConfig)))
        : new Pair(
            name,
            new SiviBlockingContender(label, SiviHttpClient.create(config())),
            new SiviBlockingContender(observedLabel, SiviHttpClient.create(observedConfig)));
  }

  private SiviConfig config() {
    return BenchConfig.config(server.baseUrl(), server.apiKey(), pool);
  }
}
