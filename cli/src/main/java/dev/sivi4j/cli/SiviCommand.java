package dev.sivi4j.cli;

import dev.sivi4j.error.SiviException;
import java.net.BindException;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The {@code sivi} command. Exit codes: 0 success, 1 the service or the network failed, 2 bad arguments.
 * Errors are one line on stderr, in the command's own words; {@code --verbose} adds the stack trace and
 * sivi4j's DEBUG log (not the libraries' or the JDK's). Every subcommand inherits {@code --help} and
 * {@code --version}.
 */
@Command(
    name = "sivi",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "The Sivi User Management API from the command line, and a local fake of it.",
    subcommands = {CommandLine.HelpCommand.class})
public final class SiviCommand {
  /** Exit code for a failed call. */
  static final int FAILED = 1;

  /** Exit code for bad arguments. */
  static final int USAGE = 2;

  private SiviCommand() {}

  /**
   * Runs the command and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(Terminal.system(), args));
  }

  static int run(Terminal terminal, String... args) {
    quietLibraryLogs(Arrays.asList(args).contains("--verbose"));
    CommandLine line = new CommandLine(new SiviCommand());
    line.addSubcommand(new DemoCommand(terminal));
    line.addSubcommand(new FakeServerCommand(terminal));
    line.addSubcommand(new LoginCommand(terminal));
    line.addSubcommand(new SetCreditLimitCommand(terminal));
    line.addSubcommand(new DeleteCommand(terminal));
    line.addSubcommand(new ReactivateCommand(terminal));
    line.addSubcommand(new AnalysisCommand(terminal));
    line.addSubcommand(new ExportCommand(terminal));
    line.setOut(terminal.out());
    line.setErr(terminal.err());
    line.setParameterExceptionHandler(
        (e, arguments) -> {
          terminal.err().println("sivi: " + e.getMessage());
          // The qualified name: "sivi" at the top level, "sivi delete" for a subcommand.
          terminal.err().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return USAGE;
        });
    line.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          boolean verbose = commandLine.getParseResult().hasMatchedOption("--verbose");
          terminal.err().println("sivi: " + CliWords.explain(e, commandLine));
          if (verbose) {
            e.printStackTrace(terminal.err());
          }
          return e instanceof IllegalArgumentException ? USAGE : FAILED;
        });
    int code = line.execute(args);
    terminal.out().flush();
    terminal.err().flush();
    return code;
  }

  /**
   * Logs stay off unless asked for: a command's stderr is for its own one-line errors. {@code --verbose}
   * turns on sivi4j's DEBUG lines only; HttpClient, Vert.x and the JDK (its TLS and certificate
   * debugging arrives through the platform logger) stay at warnings.
   */
  private static void quietLibraryLogs(boolean verbose) {
    String key = "org.slf4j.simpleLogger.defaultLogLevel";
    if (System.getProperty(key) == null) {
      System.setProperty(key, verbose ? "warn" : "off");
      if (verbose) {
        System.setProperty("org.slf4j.simpleLogger.log.dev.sivi4j", "debug");
      }
    }
  }

  /** Whether a failure comes from a port that is already taken. */
  static boolean portInUse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
    }
    return false;
  }

  static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof SiviException sivi && sivi.attempts() > 0) {
      return message;
    }
    return message.replace('\n', ' ');
  }
}
