package dev.sivi4j.benchmarks.load;

import java.net.URI;

/** A loopback server the contenders call: the harness's stub, or the testkit's fake. */
interface BenchServer extends AutoCloseable {
  /** The base URL clients are configured with, for example {@code http://127.0.0.1:41234/api/prod/v2}. */
  URI baseUrl();

  /** The enterprise admin key the server accepts. */
  String apiKey();

  /** Requests answered so far. */
  long served();

  /** What the server is, for the report. */
  String describe();

  @Override
  void close();
}
