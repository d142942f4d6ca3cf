package dev.sivi4j.spring;

import dev.sivi4j.SiviEnvironment;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code sivi.*} properties the auto-configured {@link dev.sivi4j.SiviConfig} is built from. Only
 * {@code sivi.api-key} is required; every other property left unset keeps sivi4j's default. {@link
 * #toString()} never shows the key.
 */
@ConfigurationProperties(prefix = SiviProperties.PREFIX)
public final class SiviProperties {
  /** The prefix of every property. */
  public static final String PREFIX = "sivi";

  /** The Sivi API key, as issued by Sivi. Required. */
  private @Nullable String apiKey;

  /**
   * The kind of the API key, which picks the path family: "super" (SuperUser key, the default) or
   * "enterprise" (Enterprise Admin key).
   */
  private String keyKind = "super";

  /** The Sivi environment, when no base URL is set. */
  private SiviEnvironment environment = SiviEnvironment.PRODUCTION;

  /** The base URL endpoint paths go below; overrides the environment. https unless loopback. */
  private @Nullable URI baseUrl;

  /**
   * The path segment the endpoints are called under, overriding the key kind's ("super" or
   * "enterprise"); empty for none.
   */
  private @Nullable String pathPrefix;

  /** The most connections the client keeps open, 1 to 1024. */
  private @Nullable Integer maxConnections;

  /** The largest response body accepted, at least 1KB. */
  private @Nullable DataSize maxResponseSize;

  /** Whether plain http to hosts other than loopback is allowed; the API key then crosses in clear. */
  private boolean allowPlaintextHttpToRemoteHosts;

  private final Timeouts timeouts = new Timeouts();
  private final Retry retry = new Retry();
  private final RateLimit rateLimit = new RateLimit();
  private final Observations observations = new Observations();
  private final Proxy proxy = new Proxy();

  /** Creates the properties with every default. */
  public SiviProperties() {}

  /**
   * The API key.
   *
   * @return the key, or null when not set
   */
  public @Nullable String getApiKey() {
    return apiKey;
  }

  /**
   * Sets the API key.
   *
   * @param apiKey the key
   */
  public void setApiKey(@Nullable String apiKey) {
    this.apiKey = apiKey;
  }

  /**
   * The key kind.
   *
   * @return {@code super} or {@code enterprise}, as written
   */
  public String getKeyKind() {
    return keyKind;
  }

  /**
   * Sets the key kind.
   *
   * @param keyKind {@code super} or {@code enterprise}
   */
  public void setKeyKind(String keyKind) {
    this.keyKind = keyKind;
  }

  /**
   * The environment.
   *
   * @return production or staging
   */
  public SiviEnvironment getEnvironment() {
    return environment;
  }

  /**
   * Sets the environment.
   *
   * @param environment production or staging
   */
  public void setEnvironment(SiviEnvironment environment) {
    this.environment = environment;
  }

  /**
   * The base URL.
   *
   * @return the URL, or null for the environment's
   */
  public @Nullable URI getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets the base URL.
   *
   * @param baseUrl an absolute URL
   */
  public void setBaseUrl(@Nullable URI baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * The path prefix.
   *
   * @return the prefix, or null for the key kind's
   */
  public @Nullable String getPathPrefix() {
    return pathPrefix;
  }

  /**
   * Sets the path prefix.
   *
   * @param pathPrefix lower-case letters, digits and dashes, or empty
   */
  public void setPathPrefix(@Nullable String pathPrefix) {
    this.pathPrefix = pathPrefix;
  }

  /**
   * The connection pool size.
   *
   * @return the size, or null for sivi4j's default
   */
  public @Nullable Integer getMaxConnections() {
    return maxConnections;
  }

  /**
   * Sets the connection pool size.
   *
   * @param maxConnections 1 to 1024
   */
  public void setMaxConnections(@Nullable Integer maxConnections) {
    this.maxConnections = maxConnections;
  }

  /**
   * The response size cap.
   *
   * @return the cap, or null for sivi4j's default
   */
  public @Nullable DataSize getMaxResponseSize() {
    return maxResponseSize;
  }

  /**
   * Sets the response size cap.
   *
   * @param maxResponseSize at least 1KB
   */
  public void setMaxResponseSize(@Nullable DataSize maxResponseSize) {
    this.maxResponseSize = maxResponseSize;
  }

  /**
   * Whether plain http to remote hosts is allowed.
   *
   * @return true if allowed
   */
  public boolean isAllowPlaintextHttpToRemoteHosts() {
    return allowPlaintextHttpToRemoteHosts;
  }

  /**
   * Sets whether plain http to remote hosts is allowed.
   *
   * @param allow true to allow
   */
  public void setAllowPlaintextHttpToRemoteHosts(boolean allow) {
    this.allowPlaintextHttpToRemoteHosts = allow;
  }

  /**
   * The {@code sivi.timeouts.*} properties.
   *
   * @return the timeouts
   */
  public Timeouts getTimeouts() {
    return timeouts;
  }

  /**
   * The {@code sivi.retry.*} properties.
   *
   * @return the retry settings
   */
  public Retry getRetry() {
    return retry;
  }

  /**
   * The {@code sivi.rate-limit.*} properties.
   *
   * @return the rate limit settings
   */
  public RateLimit getRateLimit() {
    return rateLimit;
  }

  /**
   * The {@code sivi.observations.*} properties.
   *
   * @return the observation settings
   */
  public Observations getObservations() {
    return observations;
  }

  /**
   * The {@code sivi.proxy.*} properties.
   *
   * @return the proxy settings
   */
  public Proxy getProxy() {
    return proxy;
  }

  @Override
  public String toString() {
    return "SiviProperties{apiKey="
        + (apiKey == null ? "unset" : "****")
        + ", keyKind="
        + keyKind
        + ", environment="
        + environment
        + ", baseUrl="
        + baseUrl
        + ", pathPrefix="
        + pathPrefix
        + ", maxConnections="
        + maxConnections
        + ", maxResponseSize="
        + maxResponseSize
        + ", allowPlaintextHttpToRemoteHosts="
        + allowPlaintextHttpToRemoteHosts
        + ", "
        + timeouts
        + ", "
        + retry
        + ", "
        + rateLimit
        + ", "
        + observations
        + ", "
        + proxy
        + '}';
  }

  /** How long sivi4j waits; each one left unset keeps sivi4j's default. */
  public static final class Timeouts {
    /** The time to open a connection (default 5s). */
    private @Nullable Duration connect;

    /** The time to get a pooled connection when all are busy (default 5s). */
    private @Nullable Duration poolAcquire;

    /** The time for one attempt, from sending to the last byte of the answer (default 20s). */
    private @Nullable Duration perAttempt;

    /** The time for the whole call: every attempt and every wait between them (default 30s). */
    private @Nullable Duration wholeCall;

    /** Creates the timeouts with every default. */
    public Timeouts() {}

    /**
     * The connect timeout.
     *
     * @return the timeout, or null for the default
     */
    public @Nullable Duration getConnect() {
      return connect;
    }

    /**
     * Sets the connect timeout.
     *
     * @param connect a positive duration
     */
    public void setConnect(@Nullable Duration connect) {
      this.connect = connect;
    }

    /**
     * The pool acquire timeout.
     *
     * @return the timeout, or null for the default
     */
    public @Nullable Duration getPoolAcquire() {
      return poolAcquire;
    }

    /**
     * Sets the pool acquire timeout.
     *
     * @param poolAcquire a positive duration
     */
    public void setPoolAcquire(@Nullable Duration poolAcquire) {
      this.poolAcquire = poolAcquire;
    }

    /**
     * The per-attempt timeout.
     *
     * @return the timeout, or null for the default
     */
    public @Nullable Duration getPerAttempt() {
      return perAttempt;
    }

    /**
     * Sets the per-attempt timeout.
     *
     * @param perAttempt a positive duration
     */
    public void setPerAttempt(@Nullable Duration perAttempt) {
      this.perAttempt = perAttempt;
    }

    /**
     * The whole-call timeout.
     *
     * @return the timeout, or null for the default
     */
    public @Nullable Duration getWholeCall() {
      return wholeCall;
    }

    /**
     * Sets the whole-call timeout.
     *
     * @param wholeCall a positive duration
     */
    public void setWholeCall(@Nullable Duration wholeCall) {
      this.wholeCall = wholeCall;
    }

    @Override
    public String toString() {
      return "timeouts{connect=" + connect + ", poolAcquire=" + poolAcquire + ", perAttempt=" + perAttempt
          + ", wholeCall=" + wholeCall + '}';
    }
  }

  /** When sivi4j retries; each one left unset keeps sivi4j's default. */
  public static final class Retry {
    /** The most attempts per call, 1 (never retry) to 10 (default 3). */
    private @Nullable Integer maxAttempts;

    /** The backoff before the first retry (default 500ms). */
    private @Nullable Duration baseDelay;

    /** The longest backoff between attempts (default 8s). */
    private @Nullable Duration maxDelay;

    /** The retry budget in tokens, 5 per retry (default 500). */
    private @Nullable Integer budgetTokens;

    /** Creates the retry settings with every default. */
    public Retry() {}

    /**
     * The most attempts.
     *
     * @return the count, or null for the default
     */
    public @Nullable Integer getMaxAttempts() {
      return maxAttempts;
    }

    /**
     * Sets the most attempts.
     *
     * @param maxAttempts 1 to 10
     */
    public void setMaxAttempts(@Nullable Integer maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /**
     * The first backoff.
     *
     * @return the delay, or null for the default
     */
    public @Nullable Duration getBaseDelay() {
      return baseDelay;
    }

    /**
     * Sets the first backoff.
     *
     * @param baseDelay zero or more
     */
    public void setBaseDelay(@Nullable Duration baseDelay) {
      this.baseDelay = baseDelay;
    }

    /**
     * The longest backoff.
     *
     * @return the delay, or null for the default
     */
    public @Nullable Duration getMaxDelay() {
      return maxDelay;
    }

    /**
     * Sets the longest backoff.
     *
     * @param maxDelay at least the base delay
     */
    public void setMaxDelay(@Nullable Duration maxDelay) {
      this.maxDelay = maxDelay;
    }

    /**
     * The retry budget.
     *
     * @return tokens, or null for the default
     */
    public @Nullable Integer getBudgetTokens() {
      return budgetTokens;
    }

    /**
     * Sets the retry budget.
     *
     * @param budgetTokens zero or more
     */
    public void setBudgetTokens(@Nullable Integer budgetTokens) {
      this.budgetTokens = budgetTokens;
    }

    @Override
    public String toString() {
      return "retry{maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
          + ", budgetTokens=" + budgetTokens + '}';
    }
  }

  /** The client-side rate limit: how many calls a minute one client starts. */
  public static final class RateLimit {
    /** Whether the client queues calls past the limit instead of earning 429s. */
    private boolean enabled = true;

    /** Calls started per minute, 1 to 100000; unset for the documented limit of the key's kind. */
    private @Nullable Integer requestsPerMinute;

    /** Creates the rate limit settings with every default. */
    public RateLimit() {}

    /**
     * Whether the limit is on.
     *
     * @return true if on
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Turns the limit on or off.
     *
     * @param enabled true for on
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * The calls per minute.
     *
     * @return the count, or null for the key kind's
     */
    public @Nullable Integer getRequestsPerMinute() {
      return requestsPerMinute;
    }

    /**
     * Sets the calls per minute.
     *
     * @param requestsPerMinute 1 to 100000
     */
    public void setRequestsPerMinute(@Nullable Integer requestsPerMinute) {
      this.requestsPerMinute = requestsPerMinute;
    }

    @Override
    public String toString() {
      return "rateLimit{enabled=" + enabled + ", requestsPerMinute=" + requestsPerMinute + '}';
    }
  }

  /** Micrometer observations and meters of sivi4j calls. */
  public static final class Observations {
    /**
     * Whether sivi4j's calls are observed in the application's ObservationRegistry and MeterRegistry,
     * when sivi4j-micrometer is on the class path and a registry bean exists.
     */
    private boolean enabled = true;

    /** Creates the observation settings with every default. */
    public Observations() {}

    /**
     * Whether observations are on.
     *
     * @return true if on
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Turns observations on or off.
     *
     * @param enabled true for on
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    @Override
    public String toString() {
      return "observations{enabled=" + enabled + '}';
    }
  }
  /** The HTTP proxy the clients sivi4j creates go through; none unless a host or system-properties is set. */
  public static final class Proxy {
    /** The proxy's host name or IP address, without a scheme. */
    private @Nullable String host;

    /** The proxy's port, 1 to 65535; required with a host. */
    private @Nullable Integer port;

    /** The user name for the proxy's Basic authentication; needs a password. */
    private @Nullable String username;

    /** The password for the proxy's Basic authentication; a secret, never shown. */
    private @Nullable String password;

    /** Hosts reached directly: names, IP addresses, "*.example.com", ".example.com", "10.*" or "*". */
    private List<String> noProxy = new ArrayList<>();

    /**
     * Whether to take the JVM's proxy properties (https.proxyHost, https.proxyPort, http.proxyHost,
     * http.proxyPort, http.nonProxyHosts) instead of a host.
     */
    private boolean systemProperties;

    /** Creates the proxy settings: none. */
    public Proxy() {}

    /**
     * The proxy host.
     *
     * @return the host, or null for none
     */
    public @Nullable String getHost() {
      return host;
    }

    /**
     * Sets the proxy host.
     *
     * @param host a host name or IP address
     */
    public void setHost(@Nullable String host) {
      this.host = host;
    }

    /**
     * The proxy port.
     *
     * @return the port, or null when not set
     */
    public @Nullable Integer getPort() {
      return port;
    }

    /**
     * Sets the proxy port.
     *
     * @param port 1 to 65535
     */
    public void setPort(@Nullable Integer port) {
      this.port = port;
    }

    /**
     * The proxy user name.
     *
     * @return the name, or null for none
     */
    public @Nullable String getUsername() {
      return username;
    }

    /**
     * Sets the proxy user name.
     *
     * @param username the name, without a colon
     */
    public void setUsername(@Nullable String username) {
      this.username = username;
    }

    /**
     * The proxy password.
     *
     * @return the password, or null for none
     */
    public @Nullable String getPassword() {
      return password;
    }

    /**
     * Sets the proxy password.
     *
     * @param password the password; a secret
     */
    public void setPassword(@Nullable String password) {
      this.password = password;
    }

    /**
     * The hosts reached directly.
     *
     * @return the entries
     */
    public List<String> getNoProxy() {
      return noProxy;
    }

    /**
     * Sets the hosts reached directly.
     *
     * @param noProxy the entries
     */
    public void setNoProxy(List<String> noProxy) {
      this.noProxy = noProxy;
    }

    /**
     * Whether the JVM's proxy properties are taken.
     *
     * @return true if taken
     */
    public boolean isSystemProperties() {
      return systemProperties;
    }

    /**
     * Takes the JVM's proxy properties, or not.
     *
     * @param systemProperties true to take them
     */
    public void setSystemProperties(boolean systemProperties) {
      this.systemProperties = systemProperties;
    }

    @Override
    public String toString() {
      return "proxy{host=" + host + ", port=" + port + ", username=" + username + ", password="
          + (password == null ? "unset" : "****") + ", noProxy=" + noProxy + ", systemProperties="
          + systemProperties + '}';
    }
  }
}
