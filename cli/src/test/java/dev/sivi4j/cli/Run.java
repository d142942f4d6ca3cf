package dev.sivi4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One run of the command with captured output. */
record Run(int exitCode, String out, String err) {
  static Run of(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SiviCommand.run(new Terminal(new PrintWriter(out, true), new PrintWriter(err, true), env, false), args);
    return new Run(code, out.toString(), err.toString());
  }
}
