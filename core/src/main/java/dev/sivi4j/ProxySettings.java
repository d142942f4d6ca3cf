package dev.sivi4j;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP proxy a client sivi4j creates goes through. An {@code https} base URL is reached through a
 * {@code CONNECT} tunnel, so the proxy sees the host name and the encrypted bytes, never the API key; a
 * loopback {@code http} base URL is sent to the proxy as a plain request.
 *
 * <pre>{@code
 * SiviConfig config = SiviConfig.builder()
 *     .apiKey(key)
 *     .proxy(ProxySettings.of("proxy.internal", 3128)
 *         .withCredentials("svc-sivi", System.getenv("PROXY_PASSWORD"))
 *         .withNoProxy(List.of("*.internal")))
 *     .build();
 * }</pre>
 *
 * <p>The password is as secret as the API key: {@link #toString()} never shows it, it is sent only to the
 * proxy (HTTP Basic, when the proxy asks for it), and messages about it never quote it. Or take the JVM's
 * standard proxy properties with {@link #systemProperties()}. A proxy's {@code 407} ends the call at once
 * with a {@link dev.sivi4j.error.SiviTransportException} of kind {@link
 * dev.sivi4j.error.TransportErrorKind#PROXY_REFUSED} that names the proxy; it is never retried.
 *
 * <p>Proxy settings apply to the HTTP clients sivi4j creates; an HTTP client or Web Client you bring
 * keeps its own proxy settings. Immutable and thread-safe.
 */
public final class ProxySettings {
  /** The JDK's default for {@code http.nonProxyHosts}, used when that property is not set. */
  private static final String JDK_NON_PROXY_DEFAULT = "localhost|127.*|[::1]|0.0.0.0|[::0]";

  private static final int MAX_FIELD = 255;

  private final @Nullable String host;
  private final int port;
  private final @Nullable String username;
  private final @Nullable String password;
  private final List<String> noProxy;
  private final boolean fromSystemProperties;
  private final UnaryOperator<@Nullable String> properties;

  private ProxySettings(
      @Nullable String host, int port, @Nullable String username, @Nullable String password, List<String> noProxy,
      boolean fromSystemProperties, UnaryOperator<@Nullable String> properties) {
    this.host = host;
    this.port = port;
    this.username = username;
    this.password = password;
    this.noProxy = List.copyOf(noProxy);
    this.fromSystemProperties = fromSystemProperties;
    this.properties = properties;
  }

  /**
   * A proxy at a host and port.
   *
   * @param host a host name or IP address, without a scheme
   * @param port 1 to 65535
   * @return the settings, without credentials and with an empty no-proxy list
   * @throws IllegalArgumentException if the host is blank, carries a scheme, a path or control
   *     characters, or the port is out of range
   */
  public static ProxySettings of(String host, int port) {
    return new ProxySettings(checkHost(host), checkPort(port), null, null, List.of(), false, System::getProperty);
  }

  /**
   * The JVM's standard proxy properties, read when a {@link SiviConfig} is built: {@code
   * https.proxyHost} and {@code https.proxyPort} (default 443) for an {@code https} base URL, {@code
   * http.proxyHost} and {@code http.proxyPort} (default 80) for an {@code http} one, and {@code
   * http.nonProxyHosts} for both (the JDK's default, {@code localhost|127.*|[::1]|0.0.0.0|[::0]}, when it
   * is not set). When the property for the base URL's scheme is not set, or the base URL's host is in
   * the no-proxy list, the client connects directly.
   *
   * @return settings that take the system properties
   */
  public static ProxySettings systemProperties() {
    return fromProperties(System::getProperty);
  }

  /** Like {@link #systemProperties()}, reading the given properties instead; for tests. */
  static ProxySettings fromProperties(UnaryOperator<@Nullable String> properties) {
    return new ProxySettings(null, 0, null, null, List.of(), true, Objects.requireNonNull(properties, "properties"));
  }

  /**
   * The same proxy, with the credentials to answer its Basic authentication challenge.
   *
   * @param username the user name, without a colon or control characters
   * @param password the password, without control characters; a secret
   * @return new settings
   * @throws IllegalArgumentException if either is empty, too long or has a forbidden character; the
   *     message never quotes the password
   */
  public ProxySettings withCredentials(String username, String password) {
    String user = checkText(Objects.requireNonNull(username, "username"), "username", false);
    if (user.indexOf(':') >= 0) {
      throw new IllegalArgumentException("proxy username must not contain ':' (HTTP Basic separates it from the password)");
    }
    String secret = checkText(Objects.requireNonNull(password, "password"), "password", true);
    return new ProxySettings(host, port, user, secret, noProxy, fromSystemProperties, properties);
  }

  /**
   * The same proxy, bypassed for the given hosts. Each entry is a host name or IP address, a name with
   * a leading or trailing {@code *} ({@code *.example.com}, {@code 10.*}), a domain with a leading dot
   * ({@code .example.com}: the domain and every name under it), or {@code *} for every host. Matching
   * ignores case. With {@link #systemProperties()}, these add to {@code http.nonProxyHosts}.
   *
   * @param hosts the entries
   * @return new settings
   * @throws IllegalArgumentException if an entry is blank or has spaces or control characters
   */
  public ProxySettings withNoProxy(Collection<String> hosts) {
    List<String> entries = new ArrayList<>();
    for (String entry : Objects.requireNonNull(hosts, "hosts")) {
      entries.add(checkPattern(entry));
    }
    return new ProxySettings(host, port, username, password, entries, fromSystemProperties, properties);
  }

  /**
   * Whether these settings take the JVM's proxy properties, resolved when a configuration is built.
   *
   * @return true for {@link #systemProperties()}
   */
  public boolean fromSystemProperties() {
    return fromSystemProperties;
  }

  /**
   * The proxy's host.
   *
   * @return the host
   * @throws IllegalStateException for {@link #systemProperties()} settings, which name a host only once
   *     resolved by {@link #forTarget(URI)}
   */
  public String host() {
    if (host == null) {
      throw new IllegalStateException("system-property proxy settings name a host once resolved with forTarget");
    }
    return host;
  }

  /**
   * The proxy's port.
   *
   * @return the port
   * @throws IllegalStateException for {@link #systemProperties()} settings before {@link #forTarget(URI)}
   */
  public int port() {
    host();
    return port;
  }

  /**
   * The user name for the proxy, if credentials were given.
   *
   * @return the user name
   */
  public Optional<String> username() {
    return Optional.ofNullable(username);
  }

  /**
   * The password for the proxy, for a transport's Basic authentication. Do not log it.
   *
   * @return the password, if credentials were given
   */
  public Optional<String> revealPassword() {
    return Optional.ofNullable(password);
  }

  /**
   * The hosts reached without the proxy.
   *
   * @return the entries, as given
   */
  public List<String> noProxy() {
    return noProxy;
  }

  /**
   * The proxy to use for a target: these settings, or those the system properties name for its scheme;
   * empty when the target's host is in the no-proxy list or no proxy property is set.
   *
   * @param target the base URL of the service
   * @return explicit settings for the target, or empty to connect directly
   */
  public Optional<ProxySettings> forTarget(URI target) {
    Objects.requireNonNull(target, "target");
    String targetHost = target.getHost() == null ? "" : target.getHost();
    if (bypasses(noProxy, targetHost)) {
      return Optional.empty();
    }
    if (!fromSystemProperties) {
      return Optional.of(this);
    }
    String scheme = "https".equalsIgnoreCase(target.getScheme()) ? "https" : "http";
    String propertyHost = properties.apply(scheme + ".proxyHost");
    if (propertyHost == null || propertyHost.isBlank()) {
      return Optional.empty();
    }
    String nonProxy = properties.apply("http.nonProxyHosts");
    List<String> systemBypass = new ArrayList<>();
    for (String entry : (nonProxy == null ? JDK_NON_PROXY_DEFAULT : nonProxy).split("\\|")) {
      if (!entry.isBlank()) {
        systemBypass.add(entry.trim());
      }
    }
    if (bypasses(systemBypass, targetHost)) {
      return Optional.empty();
    }
    String portText = properties.apply(scheme + ".proxyPort");
    int propertyPort;
    try {
      propertyPort = portText == null || portText.isBlank() ? (scheme.equals("https") ? 443 : 80) : Integer.parseInt(portText.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(scheme + ".proxyPort is not a port number (was '" + portText + "')", e);
    }
    return Optional.of(new ProxySettings(
        checkHost(propertyHost.trim()), checkPort(propertyPort), username, password, noProxy, false, properties));
  }

  /** Whether a host matches one of the no-proxy entries. */
  static boolean bypasses(List<String> entries, String targetHost) {
    String candidate = unbracket(targetHost.toLowerCase(Locale.ROOT));
    for (String raw : entries) {
      String entry = unbracket(raw.toLowerCase(Locale.ROOT));
      boolean matches;
      if (entry.equals("*")) {
        matches = true;
      } else if (entry.startsWith("*")) {
        matches = candidate.endsWith(entry.substring(1));
      } else if (entry.endsWith("*")) {
        matches = candidate.startsWith(entry.substring(0, entry.length() - 1));
      } else if (entry.startsWith(".")) {
        matches = candidate.endsWith(entry) || candidate.equals(entry.substring(1));
      } else {
        matches = candidate.equals(entry);
      }
      if (matches) {
        return true;
      }
    }
    return false;
  }

  private static String unbracket(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  private static String checkHost(String host) {
    Objects.requireNonNull(host, "host");
    if (host.isBlank() || host.contains("://") || host.contains("/") || host.contains("@")) {
      throw new IllegalArgumentException(
          "proxy host must be a host name or IP address without a scheme, path or credentials (was '"
              + printable(host) + "')");
    }
    return checkText(host, "host", false);
  }

  private static int checkPort(int port) {
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("proxy port must be between 1 and 65535 (was " + port + ")");
    }
    return port;
  }

  private static String checkPattern(String entry) {
    Objects.requireNonNull(entry, "no-proxy entry");
    if (entry.isBlank()) {
      throw new IllegalArgumentException("no-proxy entries must not be blank");
    }
    return checkText(entry.trim(), "no-proxy entry", false);
  }

  private static String checkText(String text, String what, boolean secret) {
    if (text.isEmpty() || text.length() > MAX_FIELD) {
      throw new IllegalArgumentException(
          "proxy " + what + " must have 1 to " + MAX_FIELD + " characters (was " + text.length() + ")");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || (!secret && c == ' ')) {
        throw new IllegalArgumentException(
            "proxy " + what + " must not contain " + (secret ? "control characters" : "spaces or control characters")
                + " (bad character at index " + i + ")");
      }
    }
    return text;
  }

  private static String printable(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && i < 80; i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? '?' : c);
    }
    return out.toString();
  }

  /**
   * The proxy as {@code host:port}, for messages.
   *
   * @return for example {@code proxy.internal:3128}, or {@code system proxy properties}
   */
  public String address() {
    if (host == null) {
      return "system proxy properties";
    }
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProxySettings that
        && Objects.equals(host, that.host)
        && port == that.port
        && Objects.equals(username, that.username)
        && Objects.equals(password, that.password)
        && noProxy.equals(that.noProxy)
        && fromSystemProperties == that.fromSystemProperties;
  }

  @Override
  public int hashCode() {
    return Objects.hash(host, port, username, noProxy, fromSystemProperties);
  }

  @Override
  public String toString() {
    return "ProxySettings["
        + address()
        + (username == null ? "" : ", username=" + username + ", password=***")
        + (noProxy.isEmpty() ? "" : ", noProxy=" + noProxy)
        + "]";
  }
}
