package dev.sivi4j.cli;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Options every endpoint command shares. */
final class ServiceOptions {
  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(names = "--verbose", description = "Show stack traces and debug logs on errors.")
  boolean verbose;

  @Option(
      names = "--fake",
      description = "Act on a fresh in-process fake of the service (the user already exists) instead of the real one.")
  boolean fake;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "Call this base URL instead of SIVI_BASE_URL or production (for example a running 'sivi fake-server').")
  @Nullable URI baseUrl;
}
