package dev.sivi4j.testkit.internal.http;

import java.util.Set;
import java.util.stream.Collectors;

/** Finds the server's threads by their name. */
final class ServerThreads {
  private ServerThreads() {}

  /** The live {@code sivi-fake-http-N} threads. */
  static Set<Thread> alive() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("sivi-fake-http-") && t.isAlive())
        .collect(Collectors.toSet());
  }

  /** The live server threads that were not in {@code before}. */
  static Set<String> startedSince(Set<Thread> before) {
    return alive().stream().filter(t -> !before.contains(t)).map(Thread::getName).collect(Collectors.toSet());
  }
}
