package dev.sivi4j;

import java.net.URI;

/** The Sivi environments and their base URLs. */
public enum SiviEnvironment {
  /** {@code https://connect.sivi.ai/api/prod/v2} */
  PRODUCTION("https://connect.sivi.ai/api/prod/v2"),
  /** {@code https://connect.sivi.ai/api/staging/v2} */
  STAGING("https://connect.sivi.ai/api/staging/v2");

  private final URI baseUrl;

  SiviEnvironment(String baseUrl) {
    this.baseUrl = URI.create(baseUrl);
  }

  /**
   * The base URL; endpoint paths go below it.
   *
   * @return the URL
   */
  public URI baseUrl() {
    return baseUrl;
  }
}
