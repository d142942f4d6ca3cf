package dev.sivi4j.transport.httpclient;

import dev.sivi4j.testkit.tck.SmallHeapContract;

/** A 100 MiB body under a 64 MiB heap ends at the cap on {@link SiviHttpClient}, in a child JVM. */
class SiviHttpClientSmallHeapTest extends SmallHeapContract {
  @Override
  protected Class<?> childMain() {
    return OversizedBodyChild.class;
  }
}
