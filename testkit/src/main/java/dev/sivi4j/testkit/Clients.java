package dev.sivi4j.testkit;

import dev.sivi4j.RateLimit;
import dev.sivi4j.SiviAsyncClient;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviClients;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.json.gson.GsonSiviCodec;
import dev.sivi4j.spi.SiviAsyncTransport;
import dev.sivi4j.spi.SiviTransport;
import java.net.URI;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;

/** Builds ready sivi4j clients over the in-process faces, from core's own pipeline and the Gson codec. */
final class Clients {
  /** The base URL in-process clients use; never resolved (the {@code .invalid} TLD cannot be). */
  static final URI IN_PROCESS_BASE_URL = URI.create("https://fake-sivi.invalid/api/prod/v2");

  private Clients() {}

  /** The defaults for a client of the fake: its key, the in-process URL, no client-side rate limit. */
  static SiviConfig.Builder inProcessConfig(FakeAccount account) {
    return SiviConfig.builder().apiKey(account.apiKey()).baseUrl(IN_PROCESS_BASE_URL).rateLimit(RateLimit.off());
  }

  static SiviClient blocking(SiviConfig config, SiviTransport transport, FakeClock clock, long seed) {
    return assembly(config, clock, seed).blocking(transport);
  }

  static SiviAsyncClient async(SiviConfig config, SiviAsyncTransport transport, FakeClock clock, long seed) {
    return assembly(config, clock, seed).async(transport);
  }

  /** Through the public seam, as any transport's clients: on the fake's clock, with seeded jitter. */
  private static SiviClients.Builder assembly(SiviConfig config, FakeClock clock, long seed) {
    return SiviClients.builder(config, GsonSiviCodec.create()).timeSource(clock).backoffJitter(jitter(seed));
  }

  static SiviConfig customize(FakeAccount account, UnaryOperator<SiviConfig.Builder> customizer) {
    return customizer.apply(inProcessConfig(account)).build();
  }

  /** Seeded backoff jitter, so retry waits on the fake clock repeat from run to run. */
  private static DoubleSupplier jitter(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return () -> {
      synchronized (random) {
        return random.nextDouble();
      }
    };
  }
}
