package dev.sivi4j.cli;

import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import picocli.CommandLine.Command;

/** {@code sivi reactivate}: undoes a deletion inside the retention window. */
@Command(name = "reactivate", description = "Undo the deletion of an end user, within the retention window.")
final class ReactivateCommand extends UserCommand {
  ReactivateCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  void act(SiviClient client, AbstractUserId id) {
    client.reactivateUser(id);
    confirm("Reactivated " + id, Json.message(id.value(), "reactivated"));
  }
}
