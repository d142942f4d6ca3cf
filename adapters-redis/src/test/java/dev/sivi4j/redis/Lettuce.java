package dev.sivi4j.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.lettuce.core.resource.DefaultClientResources;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** A Lettuce client of the test's, as a user would own one: reconnecting every 100 ms, closed by the test. */
final class Lettuce implements AutoCloseable {
  final ClientResources resources;
  final RedisClient client;

  Lettuce(RedisServer server) {
    this.resources =
        DefaultClientResources.builder()
            .ioThreadPoolSize(2)
            .computationThreadPoolSize(2)
            .reconnectDelay(Delay.constant(Duration.ofMillis(100)))
            .build();
    this.client = RedisClient.create(resources, RedisURI.create(server.uri()));
  }

  StatefulRedisConnection<byte[], byte[]> connect() {
    return client.connect(ByteArrayCodec.INSTANCE);
  }

  /** How many clients the server has connected now. */
  long connectedClients() {
    try (StatefulRedisConnection<String, String> admin = client.connect()) {
      return admin.sync().clientList().lines().filter(line -> !line.isBlank()).count() - 1;
    }
  }

  @Override
  public void close() {
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    resources.shutdown(0, 2, TimeUnit.SECONDS);
  }
}
