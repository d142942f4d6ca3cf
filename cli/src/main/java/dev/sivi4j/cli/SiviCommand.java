package dev.sivi4j.cli;

import dev.sivi4j.error.SiviException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sivi} command. Exit codes: 0 success, 1 the service or the network failed, 2 bad arguments.
 * Errors are one line on stderr; {@code --verbose} adds the stack trace.
 */
@Command(
    name = "sivi",
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
    quietLibraryLogs(java.util.Arrays.asList(args).contains("--verbose"));
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
          terminal.err().println("Try 'sivi " + e.getCommandLine().getCommandName() + " --help'.");
          return USAGE;
        });
    line.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          boolean verbose = commandLine.getParseResult().hasMatchedOption("--verbose");
          terminal.err().println("sivi: " + oneLine(e));
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

  /** Library logs stay off unless asked for: a command's stderr is for its own one-line errors. */
  private static void quietLibraryLogs(boolean verbose) {
    String key = "org.slf4j.simpleLogger.defaultLogLevel";
    if (System.getProperty(key) == null) {
      System.setProperty(key, verbose ? "debug" : "off");
    }
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof SiviException sivi && sivi.attempts() > 0) {
      return message;
    }
    return message.replace('\n', ' ');
  }
}
