package dev.sivi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code --verbose} in a JVM of its own, as {@code ./sivi} runs it (logging is configured once per
 * JVM): sivi4j's DEBUG lines and the stack trace, and nothing at DEBUG from HttpClient or the JDK.
 */
class VerboseTest {
  @Test
  void verboseShowsSivi4jDebugLinesAndTheStackTraceButNoLibraryOrJdkDebug() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      closedPort = probe.getLocalPort();
    }
    String stderr = runCli(closedPort, "login", "user-1", "--verbose");

    assertThat(stderr).contains("sivi: login failed after 3 attempts");
    assertThat(stderr).contains(" DEBUG dev.sivi4j.").contains("\tat dev.sivi4j.");
    assertThat(stderr.lines().filter(line -> line.contains(" DEBUG ")))
        .allSatisfy(line -> assertThat(line).contains(" DEBUG dev.sivi4j."));
    assertThat(stderr).doesNotContain("javax.net.ssl", "DEBUG org.apache.hc", "DEBUG io.");
  }

  @Test
  void withoutVerboseAnErrorIsOneLine() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      closedPort = probe.getLocalPort();
    }
    String stderr = runCli(closedPort, "login", "user-1");

    assertThat(stderr.lines()).singleElement().asString().startsWith("sivi: login failed after 3 attempts");
  }

  private static String runCli(int port, String... args) throws IOException, InterruptedException {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-XX:TieredStopAtLevel=1",
        "--module-path", ModuleGraphTest.modulePathString(), "--module", "dev.sivi4j.cli/dev.sivi4j.cli.SiviCommand"));
    command.addAll(List.of(args));
    Path err = Files.createTempFile("sivi4j-verbose", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
      builder.environment().put("SIVI_API_KEY", "k-123456789");
      builder.environment().put("SIVI_BASE_URL", "http://127.0.0.1:" + port);
      builder.environment().remove("SIVI_KEY_KIND");
      Process process = builder.start();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("the command did not end");
      }
      assertThat(process.exitValue()).isEqualTo(SiviCommand.FAILED);
      return Files.readString(err, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(err);
    }
  }
}
