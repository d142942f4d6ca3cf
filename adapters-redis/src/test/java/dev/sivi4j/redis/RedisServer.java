package dev.sivi4j.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code redis-server} of the test's own on 127.0.0.1 and a free port, without persistence; it
 * can be stopped and started again on the same port. The binary comes from the Debian package {@code
 * redis-server} (CI installs it); a machine without it fails the test, it never skips it.
 */
final class RedisServer implements AutoCloseable {
  private final int port;
  private final Path directory;
  private Process process;

  private RedisServer(int port) throws IOException {
    this.port = port;
    this.directory = Files.createTempDirectory("sivi4j-redis");
    restart();
  }

  /** Starts a server on a free port. */
  static RedisServer launch() throws IOException {
    return new RedisServer(freePort());
  }

  int port() {
    return port;
  }

  String uri() {
    return "redis://127.0.0.1:" + port;
  }

  /** Starts the server again on its port, empty, after {@link #stop()}. */
  void restart() throws IOException {
    Path binary = binary();
    process =
        new ProcessBuilder(
                List.of(binary.toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1", "--save", "",
                    "--appendonly", "no", "--dir", directory.toString(), "--daemonize", "no", "--loglevel", "warning"))
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("redis.log").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!answersPing()) {
      if (!process.isAlive()) {
        throw new IOException("redis-server exited: " + Files.readString(directory.resolve("redis.log")));
      }
      if (System.nanoTime() > deadline) {
        throw new IOException("redis-server did not answer PING on port " + port + " within 10 s");
      }
      sleep(Duration.ofMillis(20));
    }
  }

  /** Kills the server at once, as a crash would. */
  void stop() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() throws IOException {
    stop();
    try (var files = Files.walk(directory)) {
      files.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
    }
  }

  private boolean answersPing() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      socket.setSoTimeout(500);
      OutputStream out = socket.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] reply = in.readNBytes(7);
      return new String(reply, StandardCharsets.US_ASCII).startsWith("+PONG");
    } catch (IOException e) {
      return false;
    }
  }

  private static Path binary() throws IOException {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      Path candidate = Path.of(dir, "redis-server");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    Path debian = Path.of("/usr/bin/redis-server");
    if (Files.isExecutable(debian)) {
      return debian;
    }
    throw new IOException("redis-server is not installed: apt-get install -y redis-server (.ci/run does this)");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
