package dev.sivi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/python/fake_server_demo.py}, the standard-library Python client of {@code sivi fake-server}
 * and its control API, against this build's command. Needs {@code python3} on the PATH ({@code .ci/run} installs
 * it when missing).
 */
class PythonExampleTest {
  private static final Path SCRIPT = Path.of("..", "examples", "python", "fake_server_demo.py");

  @Test
  void thePythonExampleDrivesTheFakeServerAndItsControlApi() throws Exception {
    assertThat(SCRIPT).exists();
    List<String> command = new ArrayList<>(List.of(python(), SCRIPT.toString()));
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    String classPath = System.getProperty("java.class.path");
    String modulePath = System.getProperty("jdk.module.path");
    command.add(modulePath == null || modulePath.isEmpty() ? classPath : classPath + File.pathSeparator + modulePath);
    command.add(SiviCommand.class.getName());
    Path log = Files.createTempFile("sivi-python-example", ".log");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      boolean ended = process.waitFor(120, TimeUnit.SECONDS);
      if (!ended) {
        process.destroyForcibly();
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);

      assertThat(ended).as(output).isTrue();
      assertThat(process.exitValue()).as(output).isZero();
      assertThat(output).contains("ok    POST /_fake/usage records 12 credits").contains("all steps passed")
          .doesNotContain("FAIL");
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static String python() throws IOException, InterruptedException {
    Process probe = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
    String version = new String(probe.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    assertThat(probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0)
        .as("python3 must be on the PATH (.ci/run installs it: apt-get install -y python3): " + version).isTrue();
    return "python3";
  }
}
