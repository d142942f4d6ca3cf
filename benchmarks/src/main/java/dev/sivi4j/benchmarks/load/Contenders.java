package dev.sivi4j.benchmarks.load;

import dev.sivi4j.SiviConfig;
import dev.sivi4j.benchmarks.BenchConfig;
import dev.sivi4j.benchmarks.Observability;
import dev.sivi4j.transport.httpclient.SiviHttpClient;
import dev.sivi4j.transport.vertx.SiviVertx;
import io.vertx.core.Vertx;
import java.util.Locale;

/** Builds the client pairs the options name, all on one server URL and one pool size. */
final class Contenders {
  private final Vertx vertx;
  private final BenchServer server;
  private final int pool;

  Contenders(Vertx vertx, BenchServer server, int pool) {
    this.vertx = vertx;
    this.server = server;
    this.pool = pool;
  }

  Pair pair(String name) {
    return switch (name) {
      case "apache" -> new Pair(
          name,
          new RawApacheContender("raw-apache", server, pool),
          new SiviBlockingContender("sivi4j-apache", SiviHttpClient.create(config())));
      case "vertx" -> new Pair(
          name,
          new RawVertxContender("raw-vertx", vertx, server, pool),
          new SiviVertxContender(SiviVertx.create(vertx, config())));
      case "apache-aa" -> new Pair(
          name,
          new RawApacheContender("raw-apache", server, pool),
          new RawApacheContender("raw-apache-2", server, pool));
      case "vertx-aa" -> new Pair(
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
