package dev.sivi4j.testkit.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A real forward proxy on loopback: Debian's {@code tinyproxy}, started in the foreground with a
 * configuration written for this test (a free port on 127.0.0.1, optional Basic authentication, every
 * {@code CONNECT} port allowed), and stopped on {@link #close()}. Its log, one line per connection and
 * request, tells a test which requests went through it. {@code .ci/run} installs the package when the
 * binary is missing; a test fails, never skips, without it.
 */
final class Tinyproxy implements AutoCloseable {
  private static final List<String> BINARIES = List.of("/usr/bin/tinyproxy", "/usr/sbin/tinyproxy", "/usr/local/bin/tinyproxy");

  private final Path directory;
  private final Path log;
  private final Process process;
  private final int port;

  private Tinyproxy(Path directory, Path log, Process process, int port) {
    this.directory = directory;
    this.log = log;
    this.process = process;
    this.port = port;
  }

  /** A proxy without authentication. */
  static Tinyproxy start() {
    return start(null, null);
  }

  /** A proxy that asks for Basic credentials when both are given. */
  static Tinyproxy start(@Nullable String username, @Nullable String password) {
    String binary = binary();
    try {
      Path directory = Files.createTempDirectory("sivi4j-tinyproxy");
      int port = freePort();
      StringBuilder config = new StringBuilder()
          .append("Port ").append(port).append('\n')
          .append("Listen 127.0.0.1\n")
          .append("Timeout 30\n")
          .append("MaxClients 200\n")
          .append("LogLevel Connect\n")
          .append("DisableViaHeader Yes\n");
      if (username != null && password != null) {
        config.append("BasicAuth ").append(username).append(' ').append(password).append('\n');
      }
      Path file = directory.resolve("tinyproxy.conf");
      Files.writeString(file, config, StandardCharsets.US_ASCII);
      Path log = directory.resolve("tinyproxy.log");
      Process process = new ProcessBuilder(binary, "-d", "-c", file.toString())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      Tinyproxy proxy = new Tinyproxy(directory, log, process, port);
      proxy.awaitListening();
      return proxy;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start tinyproxy", e);
    }
  }

  private static String binary() {
    for (String candidate : BINARIES) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "tinyproxy is not installed: the proxy tests need a real forward proxy (apt-get install -y tinyproxy; .ci/run does it)");
  }

  private static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return probe.getLocalPort();
    }
  }

  private void awaitListening() throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("tinyproxy exited with " + process.exitValue() + ": " + log());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return;
      } catch (IOException notYet) {
        sleep();
      }
    }
    close();
    throw new IllegalStateException("tinyproxy did not listen on 127.0.0.1:" + port + " within 10 s: " + log());
  }

  private static void sleep() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for tinyproxy", e);
    }
  }

  /** The proxy's port on 127.0.0.1. */
  int port() {
    return port;
  }

  /** Its log so far. */
  String log() {
    try {
      return Files.readString(log, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The request lines it logged ({@code POST http://...} or {@code CONNECT host:port}). */
  List<String> requests() {
    return log().lines()
        .filter(line -> line.contains("Request (file descriptor"))
        .map(line -> line.substring(line.indexOf("): ") + 3))
        .toList();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // A temporary directory left behind is harmless.
    }
  }

  @Override
  public String toString() {
    return "Tinyproxy[127.0.0.1:" + port + "]";
  }
}
