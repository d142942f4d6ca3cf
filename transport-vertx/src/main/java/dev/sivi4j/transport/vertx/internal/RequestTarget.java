package dev.sivi4j.transport.vertx.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a request goes, in the parts the Web Client sends it with: what its {@code requestAbs} would
 * take out of the URL, taken out once per URI instead of parsing the URL on every request.
 *
 * @param ssl whether the scheme is {@code https}
 * @param port the port, or the scheme's default
 * @param host the host, as the URI writes it
 * @param path the raw path and query
 */
record RequestTarget(boolean ssl, int port, String host, String path) {
  RequestTarget {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(path, "path");
  }

  /**
   * The target of an absolute {@code http} or {@code https} URI.
   *
   * @throws IllegalArgumentException if the URI has another scheme or no host
   */
  static RequestTarget of(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("not an http or https URI: " + uri);
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("no host in " + uri);
    }
    boolean ssl = scheme.equals("https");
    int port = uri.getPort() != -1 ? uri.getPort() : ssl ? 443 : 80;
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return new RequestTarget(ssl, port, uri.getHost(), uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
  }

  /**
   * Targets by URI. A client sends to a handful of URIs, one per operation, so the cache stays that
   * small; past {@link #MAX_CACHED} URIs, new ones are parsed each time rather than remembered.
   */
  static final class Cache {
    static final int MAX_CACHED = 64;

    private final Map<URI, RequestTarget> targets = new ConcurrentHashMap<>();

    RequestTarget of(URI uri) {
      RequestTarget target = targets.get(uri);
      if (target == null) {
        target = RequestTarget.of(uri);
        if (targets.size() < MAX_CACHED) {
          targets.putIfAbsent(uri, target);
        }
      }
      return target;
    }

    int size() {
      return targets.size();
    }
  }
}
