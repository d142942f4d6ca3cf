package dev.sivi4j.testkit.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Streams a body of an exact size that reads like a Sivi envelope holding one huge string:
 * {@code {"status":200,"body":{"filler":"abcd...xyz"}}}. Complete, it is valid JSON; any prefix looks like the
 * start of one. Only one small block is ever in memory.
 */
final class JsonFiller {
  private static final byte[] PREFIX = "{\"status\":200,\"body\":{\"filler\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SUFFIX = "\"}}".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] BLOCK = block(32 * 1024);

  private JsonFiller() {}

  /** Writes exactly {@code size} bytes. */
  static void write(OutputStream out, long size) throws IOException {
    if (size < PREFIX.length + SUFFIX.length) {
      byte[] whole = Arrays.copyOf(PREFIX, PREFIX.length + SUFFIX.length);
      System.arraycopy(SUFFIX, 0, whole, PREFIX.length, SUFFIX.length);
      out.write(whole, 0, (int) size); // too small for a whole envelope: its first bytes
      return;
    }
    out.write(PREFIX);
    long middle = size - PREFIX.length - SUFFIX.length;
    while (middle > 0) {
      int n = (int) Math.min(middle, BLOCK.length);
      out.write(BLOCK, 0, n);
      middle -= n;
    }
    out.write(SUFFIX);
  }

  private static byte[] block(int size) {
    byte[] block = new byte[size];
    for (int i = 0; i < size; i++) {
      block[i] = (byte) ('a' + i % 26);
    }
    return block;
  }
}
