package dev.sivi4j.cli;

import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.Brand;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.UserLogin;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sivi login}: creates the user on first login and prints their workspace (tokens with --json). */
@Command(name = "login", description = "Create (first time) or log in an end user; prints the workspace id.")
final class LoginCommand extends UserCommand {
  @Option(names = "--brand-name", paramLabel = "NAME", description = "Brand name (needs --brand-description).")
  @Nullable String brandName;

  @Option(names = "--brand-description", paramLabel = "TEXT", description = "Brand description.")
  @Nullable String brandDescription;

  @Option(names = "--plan", paramLabel = "PLAN_ID", description = "Plan id, for plan-based accounts (e.g. sp-01).")
  @Nullable String planId;

  LoginCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  void act(SiviClient client, AbstractUserId id) {
    LoginUserRequest.Builder request = LoginUserRequest.builder(id);
    if (brandName != null || brandDescription != null) {
      if (brandName == null || brandDescription == null) {
        throw new IllegalArgumentException("--brand-name and --brand-description go together");
      }
      request.brand(Brand.builder(brandName, brandDescription).build());
    }
    if (planId != null) {
      request.planId(planId);
    }
    UserLogin login = client.loginUser(request.build());
    confirm(
        "Logged in " + id + ": workspace " + login.user().workspaceId() + " (tokens issued; --json prints them)",
        Json.login(login));
  }
}
