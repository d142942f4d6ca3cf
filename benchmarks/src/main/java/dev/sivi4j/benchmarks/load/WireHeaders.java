package dev.sivi4j.benchmarks.load;

import dev.sivi4j.benchmarks.BenchConfig;
import dev.sivi4j.internal.pipeline.Pipeline;

/** The headers sivi4j sends, which the raw contenders send too so both put the same bytes on the wire. */
final class WireHeaders {
  static final String API_KEY = BenchConfig.API_KEY_HEADER;
  static final String CONTENT_TYPE = "Content-Type";
  static final String ACCEPT = "Accept";
  static final String USER_AGENT = "User-Agent";
  static final String JSON = "application/json";
  static final String AGENT = Pipeline.userAgent();

  private WireHeaders() {}
}
