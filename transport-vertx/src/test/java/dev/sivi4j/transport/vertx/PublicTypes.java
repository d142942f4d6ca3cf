package dev.sivi4j.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.KeyKind;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.testkit.tck.Canary;
import dev.sivi4j.testkit.tck.ToStringSweep;
import dev.sivi4j.transport.vertx.internal.EventLoopGuard;
import dev.sivi4j.transport.vertx.internal.VertxTransport;
import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One instance of every public type a user of this module can construct, made with the canary keys,
 * each {@code toString} scanned; and a check that no public class was left out.
 */
final class PublicTypes {
  /**
   * Left out: static factories and helpers (no instances), the testkit, whose types that can meet a
   * key the sweep covers, and the HttpClient transport, which its own module covers.
   */
  private static final Set<String> SKIPPED =
      Set.of(
          SiviVertx.class.getName(),
          "dev.sivi4j.transport.vertx.internal.CallerContext",
          "dev.sivi4j.transport.vertx.internal.WarmUp",
          "dev.sivi4j.SiviClients",
          "dev.sivi4j.json.gson.GsonSiviCodec",
          "dev.sivi4j.testkit.",
          "dev.sivi4j.transport.httpclient.");

  private PublicTypes() {}

  static void scanToStrings() throws Exception {
    List<Object> all = new ArrayList<>(ToStringSweep.coreAndTestkit());
    Vertx vertx = Vertx.vertx();
    try {
      for (KeyKind kind : KeyKind.values()) {
        SiviConfig config = SiviConfig.builder().apiKey(Canary.key(kind)).baseUrl(URI.create("https://127.0.0.1:1/api")).build();
        VertxTransport transport = VertxTransport.owningClient(vertx, config);
        all.add(transport);
        all.add(SiviVertx.builder(vertx, config));
        try (VertxSiviClient client = SiviVertx.create(vertx, config)) {
          all.add(client);
          all.add(client.asAsyncClient());
          if (kind == KeyKind.ENTERPRISE_ADMIN) {
            all.add(client.exportData(ExportRequest.of(AbstractUserId.of("user-12345"), Instant.EPOCH, Instant.EPOCH.plusSeconds(60))));
          }
        }
        transport.close();
      }
      all.add(new EventLoopGuard());
    } finally {
      Await.result(vertx.close());
    }
    all.forEach(Canary::scanToString);

    assertThat(ToStringSweep.uncovered(all, SKIPPED, "dev.sivi4j"))
        .as("public classes whose toString no instance covered")
        .isEmpty();
  }
}
