package dev.sivi4j.transport.vertx.internal;

import io.vertx.core.MultiMap;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A response's headers as {@link dev.sivi4j.spi.TransportResponse} wants them, by lower-case name
 * with the first value, read straight from Vert.x's headers: a call looks up one or two of them, so
 * copying every header into a map of its own on each response was wasted work. The full map is built
 * only if something iterates it.
 */
final class ResponseHeaders extends AbstractMap<String, String> {
  private final MultiMap headers;
  private @Nullable Map<String, String> copy;

  ResponseHeaders(MultiMap headers) {
    this.headers = Objects.requireNonNull(headers, "headers");
  }

  @Override
  public @Nullable String get(Object key) {
    return key instanceof String name && isLowerCase(name) ? headers.get(name) : null;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String name && isLowerCase(name) && headers.contains(name);
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    Map<String, String> all = copy;
    if (all == null) {
      Map<String, String> byName = new HashMap<>();
      for (Map.Entry<String, String> header : headers) {
        byName.putIfAbsent(header.getKey().toLowerCase(Locale.ROOT), header.getValue());
      }
      all = Collections.unmodifiableMap(byName);
      copy = all;
    }
    return all.entrySet();
  }

  /** Vert.x looks names up ignoring case; the map's keys are the lower-case names only. */
  private static boolean isLowerCase(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return false;
      }
    }
    return true;
  }
}
