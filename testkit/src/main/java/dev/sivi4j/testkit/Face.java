package dev.sivi4j.testkit;

/** How a request reached the fake. */
public enum Face {
  /** The in-process blocking transport. */
  IN_PROCESS_BLOCKING,
  /** The in-process async transport. */
  IN_PROCESS_ASYNC,
  /** {@link FakeSiviServer}, over loopback HTTP. */
  HTTP
}
