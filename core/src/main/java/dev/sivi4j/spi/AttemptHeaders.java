package dev.sivi4j.spi;

/**
 * Headers a {@link CallObserver} adds to one attempt's request, such as the W3C {@code traceparent}.
 * sivi4j's own headers ({@code sivi-api-key}, {@code Content-Type}, {@code Accept}, {@code User-Agent})
 * and those HTTP manages ({@code Host}, {@code Content-Length}, {@code Transfer-Encoding}, {@code
 * Connection}) cannot be added or replaced.
 */
public interface AttemptHeaders {
  /**
   * Adds a header to this attempt, replacing one added before under the same name.
   *
   * @param name an HTTP token, such as {@code traceparent}
   * @param value the value, without control characters
   * @throws IllegalArgumentException if the name is reserved or not a token, or the value has control
   *     characters
   */
  void put(String name, String value);
}
