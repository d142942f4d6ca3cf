package dev.sivi4j.spring;

import dev.sivi4j.ApiKey;
import dev.sivi4j.KeyKind;
import dev.sivi4j.ProxySettings;
import dev.sivi4j.RateLimit;
import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import dev.sivi4j.spi.CallListener;
import dev.sivi4j.spring.error.InvalidSiviPropertyException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Turns the {@code sivi.*} properties into a {@link SiviConfig}, naming the property that is wrong. */
final class SiviConfigFactory {
  static final String API_KEY = SiviProperties.PREFIX + ".api-key";

  private SiviConfigFactory() {}

  static SiviConfig create(SiviProperties properties, List<CallListener> listeners) {
    KeyKind kind = keyKind(properties.getKeyKind());
    SiviConfig.Builder builder = SiviConfig.builder().apiKey(apiKey(kind, properties.getApiKey()));
    builder.environment(properties.getEnvironment());
    if (properties.getBaseUrl() != null) {
      builder.baseUrl(properties.getBaseUrl());
    }
    String prefix = properties.getPathPrefix();
    if (prefix != null) {
      apply("path-prefix", () -> builder.pathPrefix(prefix.trim()));
    }
    builder.timeouts(timeouts(properties.getTimeouts()));
    builder.retryPolicy(retryPolicy(properties.getRetry()));
    builder.rateLimit(rateLimit(properties.getRateLimit()));
    Integer connections = properties.getMaxConnections();
    if (connections != null) {
      apply("max-connections", () -> builder.maxConnections(connections));
    }
    if (properties.getMaxResponseSize() != null) {
      long bytes = properties.getMaxResponseSize().toBytes();
      apply("max-response-size", () -> builder.maxResponseBytes(bytes));
    }
    builder.allowPlaintextHttpToRemoteHosts(properties.isAllowPlaintextHttpToRemoteHosts());
    proxy(properties.getProxy(), builder);
    builder.callListeners(listeners);
    String urlProperty = properties.getBaseUrl() != null ? "base-url" : "environment";
    return apply(urlProperty, builder::build);
  }

  static KeyKind keyKind(@Nullable String text) {
    String kind = text == null ? "super" : text.trim().toLowerCase(Locale.ROOT);
    switch (kind) {
      case "super", "superuser", "super_user", "super-user":
        return KeyKind.SUPER_USER;
      case "enterprise", "enterprise_admin", "enterprise-admin", "admin":
        return KeyKind.ENTERPRISE_ADMIN;
      default:
        throw new InvalidSiviPropertyException(
            SiviProperties.PREFIX + ".key-kind", "must be 'super' or 'enterprise' (was '" + kind + "')");
    }
  }

  private static ApiKey apiKey(KeyKind kind, @Nullable String secret) {
    if (secret == null || secret.isBlank()) {
      throw new InvalidSiviPropertyException(API_KEY, "is not set");
    }
    String key = secret.trim();
    try {
      return ApiKey.of(kind, key);
    } catch (IllegalArgumentException e) {
      // ApiKey's messages never quote the key; the key is removed anyway, and the cause is not kept.
      String reason = String.valueOf(e.getMessage()).replace(key, "****").replace("apiKey ", "");
      throw new InvalidSiviPropertyException(API_KEY, "is not a valid Sivi API key: " + reason);
    }
  }

  private static void proxy(SiviProperties.Proxy properties, SiviConfig.Builder builder) {
    String host = properties.getHost();
    boolean hasHost = host != null && !host.isBlank();
    if (properties.isSystemProperties() && hasHost) {
      throw new InvalidSiviPropertyException(
          SiviProperties.PREFIX + ".proxy.host", "must not be set with sivi.proxy.system-properties=true");
    }
    if (!properties.isSystemProperties() && !hasHost) {
      if (properties.getPort() != null || properties.getUsername() != null || properties.getPassword() != null
          || !properties.getNoProxy().isEmpty()) {
        throw new InvalidSiviPropertyException(SiviProperties.PREFIX + ".proxy.host", "is not set");
      }
      return;
    }
    ProxySettings proxy;
    if (properties.isSystemProperties()) {
      proxy = ProxySettings.systemProperties();
    } else {
      Integer port = properties.getPort();
      if (port == null) {
        throw new InvalidSiviPropertyException(SiviProperties.PREFIX + ".proxy.port", "is not set");
      }
      if (port < 1 || port > 65_535) {
        throw new InvalidSiviPropertyException(
            SiviProperties.PREFIX + ".proxy.port", "must be between 1 and 65535 (was " + port + ")");
      }
      proxy = apply("proxy.host", () -> ProxySettings.of(host.trim(), port));
    }
    String username = properties.getUsername();
    String password = properties.getPassword();
    if ((username == null) != (password == null)) {
      throw new InvalidSiviPropertyException(
          SiviProperties.PREFIX + (username == null ? ".proxy.username" : ".proxy.password"),
          "is not set (a proxy user name needs a password, and a password a user name)");
    }
    if (username != null && password != null) {
      ProxySettings plain = proxy;
      try {
        proxy = plain.withCredentials(username, password);
      } catch (IllegalArgumentException e) {
        // ProxySettings' messages never quote the password; it is removed anyway, and the cause is not kept.
        String reason = String.valueOf(e.getMessage()).replace(password, "****");
        String property = reason.contains("username") ? "proxy.username" : "proxy.password";
        throw new InvalidSiviPropertyException(SiviProperties.PREFIX + "." + property, "is not valid: " + reason);
      }
    }
    if (!properties.getNoProxy().isEmpty()) {
      ProxySettings direct = proxy;
      proxy = apply("proxy.no-proxy", () -> direct.withNoProxy(properties.getNoProxy()));
    }
    builder.proxy(proxy);
  }

  private static Timeouts timeouts(SiviProperties.Timeouts properties) {
    Timeouts timeouts = Timeouts.defaults();
    timeouts = with(timeouts, properties.getConnect(), "timeouts.connect", timeouts::withConnect);
    timeouts = with(timeouts, properties.getPoolAcquire(), "timeouts.pool-acquire", timeouts::withPoolAcquire);
    timeouts = with(timeouts, properties.getPerAttempt(), "timeouts.per-attempt", timeouts::withPerAttempt);
    return with(timeouts, properties.getWholeCall(), "timeouts.whole-call", timeouts::withWholeCall);
  }

  private static RetryPolicy retryPolicy(SiviProperties.Retry properties) {
    RetryPolicy defaults = RetryPolicy.defaults();
    int maxAttempts = orDefault(properties.getMaxAttempts(), defaults.maxAttempts());
    Duration baseDelay = orDefault(properties.getBaseDelay(), defaults.baseDelay());
    Duration maxDelay = orDefault(properties.getMaxDelay(), defaults.maxDelay());
    int budget = orDefault(properties.getBudgetTokens(), defaults.budgetTokens());
    if (properties.getBaseDelay() != null && properties.getMaxDelay() == null && baseDelay.compareTo(maxDelay) > 0) {
      maxDelay = baseDelay;
    }
    Duration cap = maxDelay;
    String property;
    if (maxAttempts < 1 || maxAttempts > 10) {
      property = "retry.max-attempts";
    } else if (budget < 0) {
      property = "retry.budget-tokens";
    } else if (baseDelay.isNegative()) {
      property = "retry.base-delay";
    } else {
      property = "retry.max-delay";
    }
    return apply(property, () -> new RetryPolicy(maxAttempts, baseDelay, cap, budget));
  }

  private static RateLimit rateLimit(SiviProperties.RateLimit properties) {
    if (!properties.isEnabled()) {
      return RateLimit.off();
    }
    Integer perMinute = properties.getRequestsPerMinute();
    if (perMinute == null) {
      return RateLimit.forKeyKind();
    }
    return apply("rate-limit.requests-per-minute", () -> RateLimit.perMinute(perMinute));
  }

  private static <T> T with(T current, @Nullable Duration value, String property, Function<Duration, T> setter) {
    if (value == null) {
      return current;
    }
    return apply(property, () -> setter.apply(value));
  }

  private static <T> T orDefault(@Nullable T value, T fallback) {
    return value == null ? fallback : value;
  }

  private static <T> T apply(String property, Step<T> step) {
    try {
      return step.run();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidSiviPropertyException(
          SiviProperties.PREFIX + "." + property, "is not valid: " + e.getMessage());
    }
  }

  @FunctionalInterface
  private interface Step<T> {
    T run();
  }
}
