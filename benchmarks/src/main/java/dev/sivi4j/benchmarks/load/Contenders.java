package dev.sivi4j.benchmarks.load;

import io.vertx.core.Vertx;

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
      case "apache-aa" -> new Pair(
          name,
          new RawApacheContender("raw-apache", server, pool),
          new RawApacheContender("raw-apache-2", server, pool));
      case "vertx-aa" -> new Pair(
          name,
          new RawVertxContender("raw-vertx", vertx, server, pool),
          new RawVertxContender("raw-vertx-2", vertx, server, pool));
      default -> throw new IllegalArgumentException("unknown pair \"" + name + "\"");
    };
  }
}
