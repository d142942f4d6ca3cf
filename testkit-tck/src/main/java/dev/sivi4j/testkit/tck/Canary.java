package dev.sivi4j.testkit.tck;

import dev.sivi4j.ApiKey;
import dev.sivi4j.KeyKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * Canary API keys, and a JVM-wide watch for them: every text handed to {@link #scan} (log lines,
 * exception messages and stack traces, {@code toString}s) is searched for every watched key, and each
 * hit is kept as a leak. The contracts send only these keys and scan every exception they see; a suite
 * adds its logs (SLF4J's through {@link CanarySlf4jProvider}, JUL's through {@link #captureJulLogs()}, or
 * {@link #scanLogLine} from any other logging back end) and ends by asserting that {@link #leaks()} is
 * empty. Thread-safe.
 */
public final class Canary {
  /** The superuser key every contract sends. */
  public static final String SUPER_USER_SECRET = "canary-7f3a91c4-super-5e2b60d7";

  /** The enterprise admin key every contract sends. */
  public static final String ENTERPRISE_SECRET = "canary-7f3a91c4-enterprise-d80f13aa";

  /** The proxy password the proxy contracts configure: as secret as a key. */
  public static final String PROXY_PASSWORD = "canary-7f3a91c4-proxy-2c9e44b1";

  private static final CopyOnWriteArrayList<String> WATCHED =
      new CopyOnWriteArrayList<>(List.of(SUPER_USER_SECRET, ENTERPRISE_SECRET, PROXY_PASSWORD));
  private static final Queue<String> LEAKS = new ConcurrentLinkedQueue<>();
  private static final AtomicLong SCANNED = new AtomicLong();
  private static final Map<String, LongAdder> LOG_LINES = new ConcurrentHashMap<>();

  private Canary() {}

  /**
   * The canary key of a kind.
   *
   * @param kind the key kind
   * @return the key
   */
  public static ApiKey key(KeyKind kind) {
    return ApiKey.of(kind, secret(kind));
  }

  /**
   * The canary secret of a kind.
   *
   * @param kind the key kind
   * @return {@link #SUPER_USER_SECRET} or {@link #ENTERPRISE_SECRET}
   */
  public static String secret(KeyKind kind) {
    return Objects.requireNonNull(kind, "kind") == KeyKind.SUPER_USER ? SUPER_USER_SECRET : ENTERPRISE_SECRET;
  }

  /**
   * Watches for one more secret too.
   *
   * @param secret the secret, at least 8 characters so that hits are not accidental
   */
  public static void watch(String secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.length() < 8) {
      throw new IllegalArgumentException("secret must have at least 8 characters (was " + secret.length() + ")");
    }
    WATCHED.addIfAbsent(secret);
  }

  /**
   * Searches a text for every watched secret.
   *
   * @param source where the text comes from, named in a leak
   * @param text the text; null is ignored
   */
  public static void scan(String source, @Nullable CharSequence text) {
    if (text == null) {
      return;
    }
    SCANNED.incrementAndGet();
    String value = text.toString();
    for (String secret : WATCHED) {
      int at = value.indexOf(secret);
      if (at >= 0) {
        int from = Math.max(0, at - 80);
        int to = Math.min(value.length(), at + secret.length() + 40);
        // The leak names where it was, never the secret itself: test reports are logs too.
        LEAKS.add(source + ": ..." + value.substring(from, to).replace(secret, "<canary>") + "...");
      }
    }
  }

  /**
   * Searches an exception: its {@code toString}, its printed stack trace, and those of every cause and
   * suppressed exception (a printed trace includes them all, messages and causes alike).
   *
   * @param source where the exception comes from
   * @param error the exception
   */
  public static void scan(String source, Throwable error) {
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    scan(source + " (stack trace)", trace.toString());
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    scanChain(source, error, seen);
  }

  private static void scanChain(String source, @Nullable Throwable error, Set<Throwable> seen) {
    if (error == null || !seen.add(error)) {
      return;
    }
    scan(source + " (" + error.getClass().getName() + ".toString)", error.toString());
    scan(source + " (" + error.getClass().getName() + ".getMessage)", error.getMessage());
    scan(source + " (" + error.getClass().getName() + ".getLocalizedMessage)", error.getLocalizedMessage());
    scanChain(source, error.getCause(), seen);
    for (Throwable suppressed : error.getSuppressed()) {
      scanChain(source, suppressed, seen);
    }
  }

  /**
   * Searches an object's {@code toString}.
   *
   * @param value the object
   */
  public static void scanToString(Object value) {
    scan("toString of " + value.getClass().getName(), String.valueOf(value));
  }

  /**
   * Searches one log line, counting it under its logger.
   *
   * @param logger the logger's name
   * @param line the formatted message
   * @param error the logged exception, if any
   */
  public static void scanLogLine(String logger, @Nullable String line, @Nullable Throwable error) {
    LOG_LINES.computeIfAbsent(logger, name -> new LongAdder()).increment();
    scan("log " + logger, line);
    if (error != null) {
      scan("log " + logger, error);
    }
  }

  /**
   * Sends every {@code java.util.logging} record, at every level, through {@link #scanLogLine}: the
   * JDK's own logs, and those of libraries that fall back to JUL when SLF4J has no provider (Vert.x,
   * Netty). sivi4j logs through SLF4J: see {@link CanarySlf4jProvider}. Close the result to restore the
   * previous root level.
   *
   * @return the capture
   */
  public static AutoCloseable captureJulLogs() {
    return JulCapture.install();
  }

  /**
   * How many log lines were scanned from loggers whose names start with a prefix.
   *
   * @param loggerPrefix for example {@code org.apache.hc.client5.http.wire}
   * @return the count
   */
  public static long logLines(String loggerPrefix) {
    return LOG_LINES.entrySet().stream()
        .filter(e -> e.getKey().startsWith(loggerPrefix))
        .mapToLong(e -> e.getValue().sum())
        .sum();
  }

  /**
   * The leaks found so far: where each was and the text around it, the secret replaced by {@code
   * <canary>}.
   *
   * @return a snapshot
   */
  public static List<String> leaks() {
    return List.copyOf(LEAKS);
  }

  /**
   * How many texts were scanned.
   *
   * @return the count
   */
  public static long scanned() {
    return SCANNED.get();
  }
}
