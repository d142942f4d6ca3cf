package dev.sivi4j.transport.httpclient;

import dev.sivi4j.testkit.tck.SmallHeapContract;
import java.io.IOException;

/** The child JVM of {@link SiviHttpClientSmallHeapTest}: calls the oversized servers with a 64 MiB heap. */
final class OversizedBodyChild {
  private OversizedBodyChild() {}

  public static void main(String[] args) throws IOException {
    System.exit(SmallHeapContract.runChild(args, SiviHttpClient::create));
  }
}
