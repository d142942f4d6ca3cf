package dev.sivi4j.benchmarks.load;

import io.vertx.core.Vertx;
import java.net.URI;

/** Builds the client pairs the options name, all on one server URL and one pool size. */
final class Contenders {
  private final Vertx vertx;
  private final URI baseUrl;
  private final int pool;

  Contenders(Vertx vertx, URI baseUrl, int pool) {
    this.vertx = vertx;
    this.baseUrl = baseUrl;
    this.pool = pool;
  }

  Pair pair(String name) {
    return switch (name) {
      case "apache-aa" -> new Pair(
          name,
          new RawApacheContender("raw-apache", baseUrl, pool),
          new RawApacheContender("raw-apache-2", baseUrl, pool));
      case "vertx-aa" -> new Pair(
          name,
          new RawVertxContender("raw-vertx", vertx, baseUrl, pool),
          new RawVertxContender("raw-vertx-2", vertx, baseUrl, pool));
      default -> throw new IllegalArgumentException("unknown pair \"" + name + "\"");
    };
  }
}
