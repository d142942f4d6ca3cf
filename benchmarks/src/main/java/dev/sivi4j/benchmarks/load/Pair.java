package dev.sivi4j.benchmarks.load;

import java.util.Objects;

/**
 * A raw client and the sivi4j client on the same HTTP stack, measured side by side.
 *
 * @param name the stack, for example {@code apache}
 * @param raw the raw client
 * @param sivi the sivi4j client
 */
record Pair(String name, Contender raw, Contender sivi) implements AutoCloseable {
  Pair {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(sivi, "sivi");
  }

  @Override
  public void close() {
    try {
      raw.close();
    } finally {
      sivi.close();
    }
  }
}
