package dev.sivi4j.cli;

import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import picocli.CommandLine.Command;

/** {@code sivi delete}: deletes a user (kept 15 days, during which {@code reactivate} undoes it). */
@Command(name = "delete", description = "Delete an end user and their workspace (reactivatable for 15 days).")
final class DeleteCommand extends UserCommand {
  DeleteCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  void act(SiviClient client, AbstractUserId id) {
    client.deleteUser(id);
    confirm("Deleted " + id + " (reactivate within 15 days to undo)", Json.message(id.value(), "deleted"));
  }
}
