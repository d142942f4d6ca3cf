package dev.sivi4j.cli;

import java.io.PrintWriter;
import java.util.Map;

/**
 * Where a command writes and what it reads from its environment; tests pass their own.
 *
 * @param out standard output: results
 * @param err standard error: one-line errors, progress, build notes
 * @param env the environment variables
 * @param interactive whether a person is watching (progress is shown only then)
 */
record Terminal(PrintWriter out, PrintWriter err, Map<String, String> env, boolean interactive) {
  static Terminal system() {
    return new Terminal(
        new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv(), System.console() != null);
  }
}
