package dev.sivi4j.benchmarks.load;

/** One client under test. It is either {@link BlockingContender} or {@link AsyncContender}. */
interface Contender extends AutoCloseable {
  /**
   * A short name for reports, for example {@code raw-apache}.
   *
   * @return the name
   */
  String name();

  /** Releases the client. */
  @Override
  void close();
}
