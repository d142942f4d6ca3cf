package dev.sivi4j.examples.transport;

import dev.sivi4j.SiviClients;
import dev.sivi4j.json.gson.GsonSiviCodec;
import dev.sivi4j.testkit.tck.SmallHeapContract;
import java.io.IOException;

/** The child JVM of the small-heap contract: calls the oversized servers through the example transport. */
final class OversizedBodyChild {
  private OversizedBodyChild() {}

  public static void main(String[] args) throws IOException {
    System.exit(SmallHeapContract.runChild(
        args, config -> SiviClients.blocking(config, JdkHttpTransport.create(config), GsonSiviCodec.create())));
  }
}
