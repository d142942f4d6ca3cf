package dev.sivi4j.testkit.junit;

/** How long one fake lives under {@link FakeSiviExtension}. */
public enum FakeLifecycle {
  /** A fresh fake (and server and clients) for every test method; the default. */
  PER_TEST,
  /**
   * One fake for all the tests of a class (each {@code @Nested} class gets its own). Tests of the class
   * that run concurrently share it; the fake is thread-safe, but their users and faults mix.
   */
  PER_CLASS
}
