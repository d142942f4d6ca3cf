package dev.sivi4j.internal.pipeline;

import dev.sivi4j.RateLimit;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.spi.RateLimitRequest;
import dev.sivi4j.spi.SiviRateLimiter;
import dev.sivi4j.spi.TimeSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A client's rate limiter with what every request to it carries: the key's digest and default rate. */
final class RateGate {
  private static final Logger LOG = LoggerFactory.getLogger(RateGate.class);

  private final SiviRateLimiter limiter;
  private final String keyId;
  private final int defaultPerMinute;

  private RateGate(SiviRateLimiter limiter, String keyId, int defaultPerMinute) {
    this.limiter = limiter;
    this.keyId = keyId;
    this.defaultPerMinute = defaultPerMinute;
  }

  /** The configured limiter, or null when the limit is off. */
  static @Nullable RateGate of(SiviConfig config, TimeSource time) {
    RateLimit limit = config.rateLimit();
    int documented = RateLimit.forKeyKind().requestsPerMinute(config.apiKey().kind()).orElse(RateLimit.DOCUMENTED_PER_MINUTE);
    Optional<SiviRateLimiter> custom = limit.customLimiter();
    if (custom.isPresent()) {
      return new RateGate(custom.get(), keyId(config.apiKey().reveal()), documented);
    }
    var perMinute = limit.requestsPerMinute(config.apiKey().kind());
    return perMinute.isPresent()
        ? new RateGate(SiviRateLimiter.inJvm(perMinute.getAsInt(), time), keyId(config.apiKey().reveal()), documented)
        : null;
  }

  SiviRateLimiter limiter() {
    return limiter;
  }

  RateLimitRequest request(Operation operation, Duration maxWait) {
    return new RateLimitRequest(keyId, operation, defaultPerMinute, maxWait);
  }

  /** Tells the limiter of a 429 rate limited; a limiter that fails at it does not fail the call. */
  void onRateLimited(Operation operation, @Nullable Duration retryAfter) {
    try {
      limiter.onRateLimited(request(operation, Duration.ZERO), Optional.ofNullable(retryAfter));
    } catch (RuntimeException e) {
      LOG.debug("{}: the rate limiter failed to take note of a 429: {}", operation.methodName(), e.toString());
    }
  }

  /** The hex SHA-256 of the key, domain-separated so it matches no other digest of the key. */
  static String keyId(String key) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update("sivi4j-rate-limit\n".getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
