package dev.sivi4j;

import dev.sivi4j.spi.CallListener;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Everything a sivi4j client needs to know: the key, where the service is, how long to wait, when to
 * retry and how much to accept. Immutable; build one with {@link #builder()} or {@link #fromEnv()}.
 *
 * <p>Defaults: {@link SiviEnvironment#PRODUCTION}, the path prefix of the key's kind, {@link
 * Timeouts#defaults()}, {@link RetryPolicy#defaults()}, a response cap of 1 MiB and a pool of 64
 * connections. Plain {@code http} is refused unless the host is loopback (tests, the fake) or {@link
 * Builder#allowPlaintextHttpToRemoteHosts(boolean)} is set.
 */
public final class SiviConfig {
  /** The default response cap: 1 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 1L << 20;

  /** The default connection pool size. */
  public static final int DEFAULT_MAX_CONNECTIONS = 64;

  private static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}|");

  private final ApiKey apiKey;
  private final URI baseUrl;
  private final @Nullable String pathPrefix;
  private final Timeouts timeouts;
  private final RetryPolicy retryPolicy;
  private final RateLimit rateLimit;
  private final long maxResponseBytes;
  private final int maxConnections;
  private final boolean plaintextHttpToRemoteHosts;
  private final List<CallListener> callListeners;
  private final @Nullable ProxySettings proxySettings;
  private final @Nullable ProxySettings proxy;

  private SiviConfig(Builder b) {
    this.apiKey = Objects.requireNonNull(b.apiKey, "apiKey must be set (ApiKey.superUser or ApiKey.enterpriseAdmin)");
    this.baseUrl = checkBaseUrl(b.baseUrl, b.plaintextHttpToRemoteHosts);
    this.pathPrefix = b.pathPrefix;
    this.timeouts = b.timeouts;
    this.retryPolicy = b.retryPolicy;
    this.rateLimit = b.rateLimit;
    this.maxResponseBytes = b.maxResponseBytes;
    this.maxConnections = b.maxConnections;
    this.plaintextHttpToRemoteHosts = b.plaintextHttpToRemoteHosts;
    this.callListeners = List.copyOf(b.callListeners);
    this.proxySettings = b.proxy;
    this.proxy = b.proxy == null ? null : b.proxy.forTarget(baseUrl).orElse(null);
  }

  private static URI checkBaseUrl(URI url, boolean plaintextAllowed) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!url.isAbsolute() || url.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL with a host (was " + url + ")");
    }
    if (url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "baseUrl must not carry user info, a query or a fragment (was " + url.getScheme() + "://" + url.getHost() + "...)");
    }
    if (scheme.equals("http") && !plaintextAllowed && !isLoopback(url.getHost())) {
      throw new IllegalArgumentException(
          "baseUrl must use https: plain http would send the API key in clear text to "
              + url.getHost()
              + " (only loopback hosts are exempt; see allowPlaintextHttpToRemoteHosts)");
    }
    String text = url.toString();
    return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
  }

  private static boolean isLoopback(String host) {
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (bare.equalsIgnoreCase("localhost")) {
      return true;
    }
    // Only literal addresses are checked, so this never does a DNS lookup.
    if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
      return false;
    }
    try {
      return InetAddress.getByName(bare).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * Starts a configuration with the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads {@code SIVI_API_KEY} (required), {@code SIVI_KEY_KIND} ({@code super}, the default, or {@code
   * enterprise}) and {@code SIVI_BASE_URL} (optional) from the environment.
   *
   * @return the configuration
   * @throws IllegalArgumentException if a variable is missing or invalid; the message never shows the key
   */
  public static SiviConfig fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * Like {@link #fromEnv()}, from the given variables.
   *
   * @param env the variables
   * @return the configuration
   */
  public static SiviConfig fromEnv(Map<String, String> env) {
    String key = env.get("SIVI_API_KEY");
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("SIVI_API_KEY is not set");
    }
    String kindText = env.getOrDefault("SIVI_KEY_KIND", "super").trim().toLowerCase(Locale.ROOT);
    KeyKind kind =
        switch (kindText) {
          case "super", "superuser", "super_user", "super-user" -> KeyKind.SUPER_USER;
          case "enterprise", "enterprise_admin", "enterprise-admin", "admin" -> KeyKind.ENTERPRISE_ADMIN;
          default -> throw new IllegalArgumentException(
              "SIVI_KEY_KIND must be 'super' or 'enterprise' (was '" + kindText + "')");
        };
    Builder builder = builder().apiKey(ApiKey.of(kind, key.trim()));
    String baseUrl = env.get("SIVI_BASE_URL");
    if (baseUrl != null && !baseUrl.isBlank()) {
      try {
        builder.baseUrl(URI.create(baseUrl.trim()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("SIVI_BASE_URL is not a valid URL: " + e.getMessage(), e);
      }
    }
    return builder.build();
  }

  /**
   * A builder holding this configuration, to change a part of it.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.apiKey = apiKey;
    b.baseUrl = baseUrl;
    b.pathPrefix = pathPrefix;
    b.timeouts = timeouts;
    b.retryPolicy = retryPolicy;
    b.rateLimit = rateLimit;
    b.maxResponseBytes = maxResponseBytes;
    b.maxConnections = maxConnections;
    b.plaintextHttpToRemoteHosts = plaintextHttpToRemoteHosts;
    b.callListeners.addAll(callListeners);
    b.proxy = proxySettings;
    return b;
  }

  /**
   * The API key.
   *
   * @return the key
   */
  public ApiKey apiKey() {
    return apiKey;
  }

  /**
   * The base URL, without a trailing slash.
   *
   * @return the URL
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * The path segment put before each endpoint: the override if set, else the key kind's.
   *
   * @return for example {@code super}; empty for no prefix
   */
  public String pathPrefix() {
    return pathPrefix != null ? pathPrefix : apiKey.kind().pathPrefix();
  }

  /**
   * The timeouts.
   *
   * @return the timeouts
   */
  public Timeouts timeouts() {
    return timeouts;
  }

  /**
   * The retry policy.
   *
   * @return the policy
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * The client-side rate limit.
   *
   * @return the limit
   */
  public RateLimit rateLimit() {
    return rateLimit;
  }

  /**
   * The largest response body accepted.
   *
   * @return bytes
   */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * The connection pool size.
   *
   * @return connections
   */
  public int maxConnections() {
    return maxConnections;
  }

  /**
   * Whether plain http to a non-loopback host was explicitly allowed.
   *
   * @return true if allowed
   */
  public boolean plaintextHttpToRemoteHosts() {
    return plaintextHttpToRemoteHosts;
  }

  /**
   * The call listeners, told of every call, attempt and wait, in this order.
   *
   * @return the listeners; empty (the default) for none
   */
  public List<CallListener> callListeners() {
    return callListeners;
  }

  /**
   * The proxy the clients sivi4j creates go through to reach {@link #baseUrl()}: the settings given to
   * {@link Builder#proxy}, resolved for the base URL (system properties read, the no-proxy list applied).
   *
   * @return explicit proxy settings, or empty to connect directly
   */
  public Optional<ProxySettings> proxy() {
    return Optional.ofNullable(proxy);
  }

  @Override
  public String toString() {
    return "SiviConfig[apiKey="
        + apiKey
        + ", baseUrl="
        + baseUrl
        + ", pathPrefix="
        + pathPrefix()
        + ", timeouts="
        + timeouts
        + ", retryPolicy="
        + retryPolicy
        + ", rateLimit="
        + rateLimit
        + ", maxResponseBytes="
        + maxResponseBytes
        + ", maxConnections="
        + maxConnections
        + ", callListeners="
        + callListeners.size()
        + (proxy == null ? "" : ", proxy=" + proxy)
        + "]";
  }

  /** Builds a {@link SiviConfig}. Only the API key is required. */
  public static final class Builder {
    private @Nullable ApiKey apiKey;
    private URI baseUrl = SiviEnvironment.PRODUCTION.baseUrl();
    private @Nullable String pathPrefix;
    private Timeouts timeouts = Timeouts.defaults();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RateLimit rateLimit = RateLimit.forKeyKind();
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;
    private boolean plaintextHttpToRemoteHosts;
    private final List<CallListener> callListeners = new ArrayList<>();
    private @Nullable ProxySettings proxy;

    private Builder() {}

    /**
     * Sets the API key (required).
     *
     * @param apiKey the key
     * @return this builder
     */
    public Builder apiKey(ApiKey apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
      return this;
    }

    /**
     * Calls one of the Sivi environments.
     *
     * @param environment production or staging
     * @return this builder
     */
    public Builder environment(SiviEnvironment environment) {
      this.baseUrl = Objects.requireNonNull(environment, "environment").baseUrl();
      return this;
    }

    /**
     * Calls another base URL, such as a fake or a proxy.
     *
     * @param baseUrl an absolute URL; https unless loopback
     * @return this builder
     */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Overrides the path segment before each endpoint, for the prefixes the service's documentation
     * drifted between ({@code general}, or empty for none).
     *
     * @param prefix lower-case letters, digits and dashes, or empty
     * @return this builder
     */
    public Builder pathPrefix(String prefix) {
      Objects.requireNonNull(prefix, "pathPrefix");
      if (!PREFIX.matcher(prefix).matches()) {
        throw new IllegalArgumentException(
            "pathPrefix must be lower-case letters, digits and dashes, or empty (was \"" + prefix + "\")");
      }
      this.pathPrefix = prefix;
      return this;
    }

    /**
     * Sets the timeouts.
     *
     * @param timeouts the timeouts
     * @return this builder
     */
    public Builder timeouts(Timeouts timeouts) {
      this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
      return this;
    }

    /**
     * Sets the retry policy.
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Sets the client-side rate limit.
     *
     * @param rateLimit the limit, or {@link RateLimit#off()}
     * @return this builder
     */
    public Builder rateLimit(RateLimit rateLimit) {
      this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit");
      return this;
    }

    /**
     * Sets the response cap.
     *
     * @param bytes at least 1 KiB
     * @return this builder
     */
    public Builder maxResponseBytes(long bytes) {
      if (bytes < 1024 || bytes > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(
            "maxResponseBytes must be between 1024 and " + (Integer.MAX_VALUE - 8) + " (was " + bytes + ")");
      }
      this.maxResponseBytes = bytes;
      return this;
    }

    /**
     * Sets the connection pool size.
     *
     * @param connections 1 to 1024
     * @return this builder
     */
    public Builder maxConnections(int connections) {
      if (connections < 1 || connections > 1024) {
        throw new IllegalArgumentException(
            "maxConnections must be between 1 and 1024 (was " + connections + ")");
      }
      this.maxConnections = connections;
      return this;
    }

    /**
     * Allows plain {@code http} to hosts other than loopback. The API key then crosses the network in
     * clear text: only for a trusted proxy on a private network.
     *
     * @param allow true to allow
     * @return this builder
     */
    public Builder allowPlaintextHttpToRemoteHosts(boolean allow) {
      this.plaintextHttpToRemoteHosts = allow;
      return this;
    }

    /**
     * Sets the call listeners, replacing any set before: metrics and tracing adapters such as {@code
     * SiviMicrometer} and {@code SiviOpenTelemetry}. With none (the default) a call creates no event.
     *
     * @param listeners the listeners, told in this order
     * @return this builder
     */
    public Builder callListeners(List<CallListener> listeners) {
      List<CallListener> copy = List.copyOf(Objects.requireNonNull(listeners, "callListeners"));
      this.callListeners.clear();
      this.callListeners.addAll(copy);
      return this;
    }

    /**
     * Adds a call listener after those set before.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder addCallListener(CallListener listener) {
      this.callListeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Sends through an HTTP proxy (see {@link ProxySettings}); {@code https} goes through a {@code
     * CONNECT} tunnel. Applies to the HTTP clients sivi4j creates.
     *
     * @param proxy the proxy, or {@link ProxySettings#systemProperties()}
     * @return this builder
     */
    public Builder proxy(ProxySettings proxy) {
      this.proxy = Objects.requireNonNull(proxy, "proxy");
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration
     * @throws NullPointerException if no API key was set
     * @throws IllegalArgumentException if the base URL is not acceptable
     */
    public SiviConfig build() {
      return new SiviConfig(this);
    }
  }
}
