package dev.sivi4j.spi;

/** The observer that ignores everything. */
enum NoCallObserver implements CallObserver {
  INSTANCE
}
