package dev.sivi4j.cli;

import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sivi set-credit-limit}: caps a user's credits for the current billing cycle. */
@Command(name = "set-credit-limit", description = "Cap an end user's credits for the current billing cycle.")
final class SetCreditLimitCommand extends UserCommand {
  @Parameters(index = "1", paramLabel = "LIMIT", description = "A positive number of credits, or 'unlimited'.")
  String limit = "";

  SetCreditLimitCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  void act(SiviClient client, AbstractUserId id) {
    CreditLimit creditLimit = parse(limit);
    client.setCreditLimit(id, creditLimit);
    String shown = creditLimit.isUnlimited() ? "unlimited" : Long.toString(creditLimit.wireValue());
    confirm("Credit limit of " + id + " set to " + shown, Json.message(id.value(), "Credit limit set to " + shown));
  }

  static CreditLimit parse(String text) {
    if (text.toLowerCase(Locale.ROOT).equals("unlimited")) {
      return CreditLimit.unlimited();
    }
    long credits;
    try {
      credits = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("LIMIT must be a positive whole number or 'unlimited' (was '" + text + "')", e);
    }
    if (credits < 1) {
      throw new IllegalArgumentException("LIMIT must be a positive whole number or 'unlimited' (was '" + text + "')");
    }
    return CreditLimit.of(credits);
  }
}
