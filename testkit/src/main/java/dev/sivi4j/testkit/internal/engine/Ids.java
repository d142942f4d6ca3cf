package dev.sivi4j.testkit.internal.engine;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every id, token and secret the fake makes, drawn from one seeded source so runs can repeat. A
 * SplitMix64 sequence over an atomic counter: lock-free, so concurrent requests never queue on it.
 */
final class Ids {
  private static final long GAMMA = 0x9e3779b97f4a7c15L;
  private static final char[] ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

  private final AtomicLong state;

  Ids(long seed) {
    this.state = new AtomicLong(seed);
  }

  private long next() {
    long z = state.addAndGet(GAMMA);
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A UUID-shaped opaque string, like the documented token and workspace examples. */
  String uuid() {
    return new UUID(next(), next()).toString();
  }

  /** A base-62 string of the given length, like the documented variant ids. */
  String base62(int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = ALPHABET[(int) Long.remainderUnsigned(next(), ALPHABET.length)];
    }
    return new String(out);
  }
}
