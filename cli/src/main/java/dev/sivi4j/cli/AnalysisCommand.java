package dev.sivi4j.cli;

import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.AccountAnalysis;
import picocli.CommandLine.Command;

/** {@code sivi analysis}: an end user's usage and credits as a table (enterprise admin key). */
@Command(name = "analysis", description = "Show an end user's usage and credits (enterprise admin key).")
final class AnalysisCommand extends UserCommand {
  AnalysisCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  void act(SiviClient client, AbstractUserId id) {
    AccountAnalysis analysis = client.accountAnalysis(id);
    terminal.out().println(options.json ? Json.analysis(id.value(), analysis).toString() : AnalysisTable.render(id.value(), analysis));
  }
}
