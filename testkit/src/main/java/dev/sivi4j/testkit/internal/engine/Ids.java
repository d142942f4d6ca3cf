package dev.sivi4j.testkit.internal.engine;

import java.util.SplittableRandom;
import java.util.UUID;

/** Every id, token and secret the fake makes, drawn from one seeded source so runs can repeat. */
final class Ids {
  private static final char[] ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

  private final SplittableRandom random;

  Ids(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A UUID-shaped opaque string, like the documented token and workspace examples. */
  synchronized String uuid() {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }

  /** A base-62 string of the given length, like the documented variant ids. */
  synchronized String base62(int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return new String(out);
  }
}
