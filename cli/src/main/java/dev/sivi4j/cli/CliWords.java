package dev.sivi4j.cli;

import dev.sivi4j.domain.Operation;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Turns what the library says in Java terms into what a person typing {@code sivi} can act on: the
 * command's options and words ({@code unlimited}, {@code SIVI_KEY_KIND=enterprise}, {@code --port}),
 * not method and class names.
 */
final class CliWords {
  private CliWords() {}

  /** The one-line error for a failure of the command {@code line}. */
  static String explain(Throwable e, CommandLine line) {
    String command = line.getCommandName();
    String message = SiviCommand.oneLine(e);
    if (SiviCommand.portInUse(e)) {
      CommandLine.ParseResult parsed = line.getParseResult();
      String port = parsed != null && parsed.hasMatchedOption("--port")
          ? String.valueOf(parsed.matchedOptionValue("--port", (Object) "?"))
          : "?";
      return "port " + port + " on 127.0.0.1 is already in use: choose another --port, or --port 0 for a free one";
    }
    if (message.contains("needs an enterprise admin API key")) {
      return command + " needs an enterprise admin key: export SIVI_KEY_KIND=enterprise with that key"
          + " (this one is a superuser key), or use --fake";
    }
    if (message.startsWith("creditLimit must be a positive number")) {
      return "LIMIT must be a positive whole number of credits or 'unlimited'" + wasPart(message);
    }
    if (message.startsWith("SIVI_KEY_KIND must be")) {
      return "SIVI_KEY_KIND must be 'super' or 'enterprise'" + wasPart(message);
    }
    // "loginUser failed ..." is the Java method's name; the person typed "sivi login".
    for (Operation operation : Operation.values()) {
      String java = operation.methodName() + " failed";
      if (message.startsWith(java)) {
        return command + " failed" + message.substring(java.length());
      }
    }
    return message;
  }

  private static String wasPart(String message) {
    int at = message.toLowerCase(Locale.ROOT).lastIndexOf("(was ");
    return at < 0 ? "" : " " + message.substring(at);
  }
}
