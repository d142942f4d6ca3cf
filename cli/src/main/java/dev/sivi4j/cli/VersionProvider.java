package dev.sivi4j.cli;

import dev.sivi4j.SiviClients;
import picocli.CommandLine.IVersionProvider;

/** The version picocli prints for {@code --version}. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"sivi " + SiviClients.version()};
  }
}
