package dev.sivi4j.transport.httpclient;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.CallOptions;
import dev.sivi4j.KeyKind;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.testkit.tck.Canary;
import dev.sivi4j.testkit.tck.ToStringSweep;
import dev.sivi4j.transport.httpclient.internal.ApacheHttpTransport;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One instance of every public type a user of this module can construct, made with the canary keys,
 * each {@code toString} scanned; and a check that no public class was left out.
 */
final class PublicTypes {
  /**
   * Left out: static factories (no instances), and the testkit, whose types that can meet a key the
   * sweep covers.
   */
  private static final Set<String> SKIPPED =
      Set.of(SiviHttpClient.class.getName(), "dev.sivi4j.SiviClients", "dev.sivi4j.json.gson.GsonSiviCodec", "dev.sivi4j.testkit.");

  private PublicTypes() {}

  static void scanToStrings() throws IOException {
    List<Object> all = new ArrayList<>(ToStringSweep.coreAndTestkit());
    for (KeyKind kind : KeyKind.values()) {
      SiviConfig config = SiviConfig.builder().apiKey(Canary.key(kind)).baseUrl(URI.create("https://127.0.0.1:1/api")).build();
      ApacheHttpTransport transport = ApacheHttpTransport.create(config);
      all.add(transport);
      all.add(SiviHttpClient.builder(config));
      try (SiviClient client = SiviHttpClient.create(config)) {
        all.add(client);
        all.add(client.withOptions(CallOptions.none()));
      }
      transport.close();
    }
    all.forEach(Canary::scanToString);

    assertThat(ToStringSweep.uncovered(all, SKIPPED, "dev.sivi4j"))
        .as("public classes whose toString no instance covered")
        .isEmpty();
  }
}
