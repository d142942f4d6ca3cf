package dev.sivi4j.benchmarks.load;

import java.util.Arrays;

/** A growable array of latencies in nanoseconds, one per worker so recording never contends. */
final class Latencies {
  private long[] values;
  private int size;

  Latencies() {
    this(1024);
  }

  Latencies(int capacity) {
    values = new long[Math.max(16, capacity)];
  }

  void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[size++] = nanos;
  }

  int size() {
    return size;
  }

  void addAll(Latencies other) {
    for (int i = 0; i < other.size; i++) {
      add(other.values[i]);
    }
  }

  /** The sorted values; call once all recording is done. */
  long[] sorted() {
    long[] copy = Arrays.copyOf(values, size);
    Arrays.sort(copy);
    return copy;
  }

  /**
   * The value at a quantile of sorted values, by the nearest-rank method.
   *
   * @param sorted sorted values
   * @param quantile between 0 and 1
   * @return the value, or 0 when there is none
   */
  static long percentile(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(quantile * sorted.length);
    return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
  }
}
