package dev.sivi4j.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.testkit.tck.Canary;
import dev.sivi4j.testkit.tck.ToStringSweep;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every public type of this module, its toString scanned for the canary keys, and none left out. */
class RedisPublicTypesTest {
  @Test
  void noPublicTypePrintsAnApiKey() throws Exception {
    ScriptedBuckets buckets = new ScriptedBuckets();
    RedisRateLimit.Builder builder = RedisRateLimit.unconnected().fleetSize(3).perMinute(120);
    RedisRateLimit limit = builder.build(buckets);
    List<Object> all = List.of(limit, builder, RedisRateLimit.unconnected().fallbackPerMinute(10).build(buckets));
    all.forEach(Canary::scanToString);

    assertThat(limit.toString()).isEqualTo("RedisRateLimit[120/min, fleet of 3, on Redis]");
    assertThat(Canary.leaks()).isEmpty();
    assertThat(ToStringSweep.uncovered(all, Set.of(), "dev.sivi4j.redis")).isEmpty();
  }
}
