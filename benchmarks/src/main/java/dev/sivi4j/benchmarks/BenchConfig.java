package dev.sivi4j.benchmarks;

import dev.sivi4j.ApiKey;
import dev.sivi4j.RateLimit;
import dev.sivi4j.SiviConfig;
import java.net.URI;

/** The sivi4j configuration every benchmark uses: an enterprise admin key, no client-side rate limit. */
public final class BenchConfig {
  /** A made-up key: the benchmark servers never check it. */
  public static final String API_KEY = "bench-enterprise-key";

  /** The header that carries the key. */
  public static final String API_KEY_HEADER = "sivi-api-key";

  private BenchConfig() {}

  /**
   * The configuration for a server that does not check keys.
   *
   * @param baseUrl the server's base URL, for example {@code http://127.0.0.1:41234/api/prod/v2}
   * @param maxConnections the connection pool size, the same the raw clients get
   * @return the configuration
   */
  public static SiviConfig config(URI baseUrl, int maxConnections) {
    return config(baseUrl, API_KEY, maxConnections);
  }

  /**
   * The configuration for a server with a given enterprise admin key.
   *
   * @param baseUrl the server's base URL
   * @param apiKey the enterprise admin key
   * @param maxConnections the connection pool size, the same the raw clients get
   * @return the configuration
   */
  public static SiviConfig config(URI baseUrl, String apiKey, int maxConnections) {
    return SiviConfig.builder()
        .apiKey(ApiKey.enterpriseAdmin(apiKey))
        .baseUrl(baseUrl)
        .rateLimit(RateLimit.off())
        .maxConnections(maxConnections)
        .build();
  }

  /**
   * The URL of an operation under a base URL, as sivi4j builds it for an enterprise key.
   *
   * @param baseUrl the base URL
   * @param workload the workload
   * @return the full URL
   */
  public static URI uri(URI baseUrl, Workload workload) {
    return URI.create(baseUrl + "/enterprise/" + workload.operation().endpoint());
  }
}
