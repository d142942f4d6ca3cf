package dev.sivi4j.cli;

import com.google.gson.JsonObject;
import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** A command about one end user: opens a session, acts, prints the result as text or JSON. */
abstract class UserCommand implements Callable<Integer> {
  final Terminal terminal;

  @Mixin ServiceOptions options = new ServiceOptions();

  @Parameters(index = "0", paramLabel = "USER_ID", description = "Your abstractUserId of the end user.")
  String userId = "";

  UserCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public final Integer call() throws Exception {
    AbstractUserId id = AbstractUserId.of(userId);
    try (Session session = Session.open(options, terminal, id)) {
      act(session.client(), id);
    }
    return 0;
  }

  abstract void act(SiviClient client, AbstractUserId id) throws Exception;

  /** Prints a one-line confirmation, or its JSON form. */
  void confirm(String text, JsonObject json) {
    terminal.out().println(options.json ? json.toString() : text);
  }
}
