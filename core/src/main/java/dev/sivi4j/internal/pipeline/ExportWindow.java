package dev.sivi4j.internal.pipeline;

/**
 * One export-data window in Unix seconds, {@code [start, end)}.
 *
 * @param startEpochSecond the start, inclusive
 * @param endEpochSecond the end, exclusive
 */
public record ExportWindow(long startEpochSecond, long endEpochSecond) {
  /**
   * The window's length.
   *
   * @return seconds
   */
  public long seconds() {
    return endEpochSecond - startEpochSecond;
  }
}
