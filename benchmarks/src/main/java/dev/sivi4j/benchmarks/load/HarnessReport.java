package dev.sivi4j.benchmarks.load;

import java.util.List;

/**
 * Everything a harness run measured.
 *
 * @param rows one per pair, operation and concurrency
 * @param served requests the stub server answered, warm-up included
 */
record HarnessReport(List<RowResult> rows, long served) {
  HarnessReport {
    rows = List.copyOf(rows);
  }

  /** Failed calls over all measured runs. */
  long errors() {
    return rows.stream().mapToLong(row -> row.raw().errors() + row.sivi().errors()).sum();
  }
}
