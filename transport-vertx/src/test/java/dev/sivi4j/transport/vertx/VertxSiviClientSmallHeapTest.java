package dev.sivi4j.transport.vertx;

import dev.sivi4j.testkit.tck.SmallHeapContract;

/** A 100 MiB body under a 64 MiB heap ends at the cap on {@link VertxSiviClient}, in a child JVM. */
class VertxSiviClientSmallHeapTest extends SmallHeapContract {
  @Override
  protected Class<?> childMain() {
    return OversizedBodyChild.class;
  }
}
